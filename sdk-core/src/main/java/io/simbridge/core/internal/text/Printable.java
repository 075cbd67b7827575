package io.simbridge.core.internal.text;

/**
 * Makes a value safe to quote in an exception message: a message lands in logs, and a value that
 * holds a line break, another control character, a lone surrogate or a bidirectional override
 * could forge a log line or disguise one. Each such character is written as a Java escape
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u0000}); every other character is kept.
 */
public final class Printable {
  private Printable() {}

  /**
   * @param value any text, may be {@code null}
   * @return the text with every character that could forge or disguise a log line escaped;
   *     the same instance when there is none; {@code null} for {@code null}
   */
  public static String escape(String value) {
    if (value == null) {
      return null;
    }
    int first = 0;
    while (first < value.length() && !needsEscape(value, first)) {
      first++;
    }
    if (first == value.length()) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length() + 16).append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!needsEscape(value, i)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    // C0, DEL and C1 controls; line and paragraph separators; bidirectional marks and overrides.
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
