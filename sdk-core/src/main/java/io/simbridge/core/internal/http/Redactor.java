package io.simbridge.core.internal.http;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides credentials in text that leaves the transport (logs, exception messages): values of the
 * provider's secret names wherever they travel (JSON keys, XML elements and attributes, form and
 * query fields, headers), and every secret value the client knows (configured credentials,
 * tokens obtained later) wherever it appears. Optionally masks ICCIDs and MSISDNs except their
 * last four digits. Thread-safe.
 */
public final class Redactor {
  /** What a hidden value is replaced with. */
  public static final String MASK = "***";

  private static final Set<String> ALWAYS_SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  // Runs of 10 to 22 digits: MSISDNs in international or national form, and ICCIDs.
  private static final Pattern SUBSCRIBER_ID = Pattern.compile("(?<![0-9])\\+?[0-9]{6,18}([0-9]{4})(?![0-9])");
  private static final int MIN_SECRET_LENGTH = 4;
  private static final int MAX_DYNAMIC_SECRETS = 32;

  private final Set<String> secretNames;
  private final Pattern json;
  private final Pattern xmlElement;
  private final Pattern xmlAttribute;
  private final Pattern formField;
  private final boolean maskSubscriberIds;
  private final CopyOnWriteArrayList<KnownSecret> secrets = new CopyOnWriteArrayList<>();

  private Redactor(Set<String> names, boolean maskSubscriberIds) {
    this.secretNames = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.maskSubscriberIds = maskSubscriberIds;
    if (names.isEmpty()) {
      json = xmlElement = xmlAttribute = formField = null;
    } else {
      String alt = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
      int flags = Pattern.CASE_INSENSITIVE;
      json = Pattern.compile("(\"(?:" + alt + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)", flags);
      xmlElement = Pattern.compile("(<(?:[\\w.-]+:)?(" + alt + ")(?:\\s[^>]*)?(?<!/)>)[^<]*", flags);
      xmlAttribute = Pattern.compile("(\\s(?:" + alt + ")\\s*=\\s*)(\"[^\"]*\"|'[^']*')", flags);
      formField = Pattern.compile("((?:^|[?&\\s])(?:" + alt + ")=)(?![\"'])[^&\\s]*", flags);
    }
  }

  /**
   * @param maskSubscriberIds whether to mask ICCIDs and MSISDNs
   * @param secretNames       field, key, element and attribute names whose values are secret
   * @return a redactor
   */
  public static Redactor of(boolean maskSubscriberIds, String... secretNames) {
    return new Redactor(new LinkedHashSet<>(Arrays.asList(secretNames)), maskSubscriberIds);
  }

  /**
   * Registers a secret value (a configured credential or a token obtained at run time) to hide
   * wherever it appears, in every escaped form a request or answer may carry it in (URL, JSON,
   * and XML with named or numeric character references in any mix). Values shorter than four
   * characters are ignored: masking them would garble ordinary text. Only the most recent 32
   * values are kept.
   *
   * @param value the secret
   */
  public void addSecret(String value) {
    if (value == null || value.length() < MIN_SECRET_LENGTH || secrets.stream().anyMatch(k -> k.raw.equals(value))) {
      return;
    }
    secrets.add(new KnownSecret(value));
    while (secrets.size() > MAX_DYNAMIC_SECRETS) {
      secrets.remove(0);
    }
  }

  /**
   * A secret and the forms it travels in: as is, percent-encoded (forms and queries), escaped in
   * a JSON string, and, when it holds a character XML escapes, a pattern matching every spelling
   * of each such character (named entity, decimal or hex reference) in any mix.
   */
  private static final class KnownSecret {
    private static final Map<Character, String> XML_SPELLINGS = Map.of(
        '&', "&|&amp;|&#0*38;|&#[xX]0*26;",
        '<', "<|&lt;|&#0*60;|&#[xX]0*3[cC];",
        '>', ">|&gt;|&#0*62;|&#[xX]0*3[eE];",
        '"', "\"|&quot;|&#0*34;|&#[xX]0*22;",
        '\'', "'|&apos;|&#0*39;|&#[xX]0*27;",
        '\r', "\r|&#0*13;|&#[xX]0*[dD];");

    final String raw;
    final Set<String> literals = new LinkedHashSet<>();
    final Pattern escaped;

    KnownSecret(String raw) {
      this.raw = raw;
      literals.add(raw);
      literals.add(Urls.encodeQuery(raw, ""));
      literals.add(raw.replace("\\", "\\\\").replace("\"", "\\\""));
      StringBuilder regex = new StringBuilder();
      boolean special = false;
      for (char c : raw.toCharArray()) {
        String spellings = XML_SPELLINGS.get(c);
        special |= spellings != null;
        regex.append(spellings == null ? Pattern.quote(String.valueOf(c)) : "(?:" + spellings + ")");
      }
      this.escaped = special ? Pattern.compile(regex.toString()) : null;
    }

    String hide(String text) {
      String out = text;
      for (String form : literals) {
        out = out.replace(form, MASK);
      }
      return escaped == null ? out : escaped.matcher(out).replaceAll(MASK);
    }
  }

  /**
   * @param name a field, key or header name
   * @return whether its value is secret
   */
  public boolean isSecretName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return secretNames.contains(n) || ALWAYS_SECRET_HEADERS.contains(n);
  }

  /**
   * @param name  a header name
   * @param value its value
   * @return the value as logs may show it
   */
  public String redactHeader(String name, String value) {
    return isSecretName(name) ? MASK : redact(value);
  }

  /**
   * @param text any text: a body, a URL, a provider's message
   * @return the text with every secret hidden (and subscriber ids masked if configured)
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    // Known values first: a pattern could otherwise cut a secret in two and leave half of it.
    for (KnownSecret secret : secrets) {
      out = secret.hide(out);
    }
    if (json != null) {
      out = json.matcher(out).replaceAll("$1\"" + MASK + "\"");
      out = xmlElement.matcher(out).replaceAll("$1" + MASK);
      out = xmlAttribute.matcher(out).replaceAll("$1\"" + MASK + "\"");
      out = formField.matcher(out).replaceAll("$1" + MASK);
    }
    return maskSubscriberIds ? maskSubscriberIds(out) : out;
  }

  /**
   * @param text any text
   * @return the text with every run of 10 to 22 digits masked except its last four
   */
  public static String maskSubscriberIds(String text) {
    Matcher m = SUBSCRIBER_ID.matcher(text);
    return m.find() ? m.replaceAll("…$1") : text;
  }
}
