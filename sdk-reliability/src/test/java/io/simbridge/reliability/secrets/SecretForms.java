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
  @SuppressWarnings("EscapedEntity") // the Javadoc shows the references as written, on purpose
  static Set<String> numericReferences(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    String amp = secret.replace("&", "&amp;");
    forms.add(
        amp.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;"));
    forms.add(
        amp.replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;"));
    forms.add(
        amp.replace("<", "&#x3C;")
            .replace(">", "&#x3E;")
            .replace("\"", "&#x22;")
            .replace("'", "&#x27;"));
    forms.removeAll(of(secret));
    return forms;
  }

  /**
   * @param user     a basic-auth user
   * @param password its password
   * @return the {@code user:password} pair in base64, and the whole header value
   */
  static Set<String> basicAuth(String user, String password) {
    String b64 =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Set.of(b64, "Basic " + b64);
  }

  /**
   * @param secret a credential
   * @return the forms of {@link #of} and those other encoders, providers and proxies write: every
   *     character as a JSON {@code \\u} escape (either case of hex), as an XML/HTML decimal or hex
   *     reference, percent-encoded in lower case, named HTML entities, a space as {@code +}, and a
   *     mix of these, alternating from one character to the next
   */
  static Set<String> otherSpellings(String secret) {
    Set<String> forms = new LinkedHashSet<>(of(secret));
    StringBuilder jsonLower = new StringBuilder();
    StringBuilder jsonUpper = new StringBuilder();
    StringBuilder decimal = new StringBuilder();
    StringBuilder hex = new StringBuilder();
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      String u = String.format("%04x", (int) c);
      jsonLower.append("\\u").append(u);
      jsonUpper.append("\\u").append(u.toUpperCase(java.util.Locale.ROOT));
      decimal.append("&#").append((int) c).append(';');
      hex.append("&#x").append(Integer.toHexString(c)).append(';');
      mixed.append(
          switch (i % 4) {
            case 0 -> "\\u" + u;
            case 1 -> "&#" + (int) c + ";";
            case 2 -> String.format("%%%02x", (int) c);
            default -> c == '&' ? "&amp;" : String.valueOf(c);
          });
    }
    forms.add(jsonLower.toString());
    forms.add(jsonUpper.toString());
    forms.add(decimal.toString());
    forms.add(hex.toString());
    forms.add(mixed.toString());
    String percent = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    StringBuilder lower = new StringBuilder(percent);
    for (int at = percent.indexOf('%'); at >= 0; at = percent.indexOf('%', at + 1)) {
      lower.replace(
          at + 1, at + 3, percent.substring(at + 1, at + 3).toLowerCase(java.util.Locale.ROOT));
    }
    forms.add(lower.toString());
    forms.add(
        secret
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace("!", "&excl;")
            .replace("/", "&sol;")
            .replace("=", "&equals;")
            .replace("%", "&percnt;")
            .replace("\"", "&quot;")
            .replace("'", "&apos;"));
    return forms;
  }
}
