package io.simbridge.core.internal.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
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
  private static final Pattern SUBSCRIBER_ID =
      Pattern.compile("(?<![0-9])\\+?[0-9]{6,18}([0-9]{4})(?![0-9])");
  private static final int MIN_SECRET_LENGTH = 4;

  /** How many run-time secrets are kept; configured ones are never dropped. */
  static final int MAX_RUNTIME_SECRETS = 1024;

  private final Set<String> secretNames;
  private final Pattern json;
  private final Pattern xmlElement;
  private final Pattern xmlAttribute;
  private final Pattern formField;
  private final boolean maskSubscriberIds;
  // Guarded by this; read through the immutable index.
  private final Set<String> configured = new LinkedHashSet<>();
  private final LinkedHashMap<String, Boolean> runtime = new LinkedHashMap<>(16, 0.75f, true);
  private volatile SecretIndex index = SecretIndex.EMPTY;
  private volatile boolean stale;

  private Redactor(Set<String> names, boolean maskSubscriberIds) {
    this.secretNames =
        names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.maskSubscriberIds = maskSubscriberIds;
    if (names.isEmpty()) {
      json = xmlElement = xmlAttribute = formField = null;
    } else {
      String alt = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
      int flags = Pattern.CASE_INSENSITIVE;
      json =
          Pattern.compile(
              "(\"(?:" + alt + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)", flags);
      xmlElement =
          Pattern.compile("(<(?:[\\w.-]+:)?(" + alt + ")(?:\\s[^>]*)?(?<!/)>)[^<]*", flags);
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
   * Registers a configured credential (a client secret, a password, an API key) to hide wherever
   * it appears, in every spelling a request or answer may carry it in (see {@link SecretIndex}).
   * Configured credentials are never forgotten. Values shorter than four characters are ignored:
   * masking them would garble ordinary text.
   *
   * @param value the secret
   */
  public void addSecret(String value) {
    if (value != null && value.length() >= MIN_SECRET_LENGTH) {
      synchronized (this) {
        stale |= configured.add(value);
      }
    }
  }

  /**
   * Registers a credential obtained at run time (an access token, an OEM auth key) to hide like a
   * configured one. Run-time values are kept in the order they were last registered and only the
   * {@value #MAX_RUNTIME_SECRETS} most recent are kept: a token stops travelling once it is
   * replaced, and registering it again at each use (as a supplier's tokens are) keeps it recent,
   * so a value is forgotten only long after it can still appear (with hourly tokens, after six
   * weeks).
   *
   * @param value the secret
   */
  public void addTemporarySecret(String value) {
    if (value == null || value.length() < MIN_SECRET_LENGTH) {
      return;
    }
    synchronized (this) {
      if (runtime.put(value, Boolean.TRUE) == null) {
        stale = true;
        if (runtime.size() > MAX_RUNTIME_SECRETS) {
          runtime.remove(runtime.keySet().iterator().next());
        }
      }
    }
  }

  /** @return the index of every secret, rebuilt on the first use after a change (not on each change) */
  private SecretIndex index() {
    if (stale) {
      synchronized (this) {
        if (stale) {
          Set<String> every = new LinkedHashSet<>(configured);
          every.addAll(runtime.keySet());
          index = new SecretIndex(every);
          stale = false;
        }
      }
    }
    return index;
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
    return redact(text, false);
  }

  /**
   * Hides secrets in a text the caller already cut (the head of a large body): besides every
   * whole secret, a secret's prefix of four or more characters at the end is hidden.
   *
   * @param text     any text
   * @param cutAtEnd whether the text was cut at its end
   * @return the text with every secret hidden (and subscriber ids masked if configured)
   */
  public String redact(String text, boolean cutAtEnd) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    // Known values first: a pattern could otherwise cut a secret in two and leave half of it.
    String out = index().hide(text, cutAtEnd, MASK);
    if (json != null) {
      out = json.matcher(out).replaceAll("$1\"" + MASK + "\"");
      out = xmlElement.matcher(out).replaceAll("$1" + MASK);
      out = xmlAttribute.matcher(out).replaceAll("$1\"" + MASK + "\"");
      out = formField.matcher(out).replaceAll("$1" + MASK);
    }
    return maskSubscriberIds ? maskSubscriberIds(out) : out;
  }

  /**
   * Cuts an already redacted text, hiding whatever the cut leaves of a secret at the edge: a
   * secret's prefix of four or more characters, in any spelling, never ends a cut text. Hide
   * first ({@link #redact(String, boolean)} on the whole text), then cut.
   *
   * @param redacted a redacted text
   * @param maxChars the most characters to keep
   * @return the text, or its head of at most {@code maxChars} characters
   */
  public String cut(String redacted, int maxChars) {
    if (redacted == null || redacted.length() <= maxChars) {
      return redacted;
    }
    int at = Character.isHighSurrogate(redacted.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
    return index().hide(redacted.substring(0, at), true, MASK);
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
