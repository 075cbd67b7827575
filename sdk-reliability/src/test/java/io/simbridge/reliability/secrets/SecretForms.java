package io.simbridge.reliability.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/** The forms a secret can take in logs, messages and bodies: a leak in any of them is a leak. */
final class SecretForms {
  private SecretForms() {}

  /**
   * @param secret a credential
   * @return it as is, percent-encoded (form and query styles), escaped in XML text and attributes,
   *     and escaped in a JSON string: the forms it travels in (base64 is the form of basic-auth
   *     credentials only, see {@link #basicAuth})
   */
  static Set<String> of(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
    String xml = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    forms.add(xml);
    forms.add(xml.replace("\"", "&quot;"));
    forms.add(xml.replace("\"", "&quot;").replace("'", "&apos;"));
    forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
    return forms;
  }

  /**
   * @param secret a credential
   * @return it in XML or HTML with numeric character references for its quotes and angle
   *     brackets, as many servers escape ({@code &#39;}, {@code &#x27;}, {@code &#34;}...); only
   *     the forms that differ from {@link #of}
   */
  static Set<String> numericReferences(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    String amp = secret.replace("&", "&amp;");
    forms.add(amp.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;"));
    forms.add(amp.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;"));
    forms.add(amp.replace("<", "&#x3C;").replace(">", "&#x3E;").replace("\"", "&#x22;").replace("'", "&#x27;"));
    forms.removeAll(of(secret));
    return forms;
  }

  /**
   * @param user     a basic-auth user
   * @param password its password
   * @return the {@code user:password} pair in base64, and the whole header value
   */
  static Set<String> basicAuth(String user, String password) {
    String b64 = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Set.of(b64, "Basic " + b64);
  }
}
