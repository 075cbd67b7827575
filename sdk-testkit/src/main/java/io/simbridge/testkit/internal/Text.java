package io.simbridge.testkit.internal;

/** Text helpers the emulators share. Not part of the kit's API. */
public final class Text {
  private Text() {}

  /**
   * @param s text, possibly {@code null}
   * @return the text escaped for XML element content and attribute values
   */
  public static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param s text, possibly {@code null}
   * @return the text as a JSON string literal, quotes included
   */
  public static String json(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * @param prefix the leading digits
   * @param number a sequence number, zero-padded to fill the body
   * @param bodyDigits how many digits follow the prefix before the check digit
   * @return the digits with a Luhn check digit appended
   */
  public static String withLuhn(String prefix, long number, int bodyDigits) {
    String body = prefix + String.format("%0" + bodyDigits + "d", number);
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return body + (10 - sum % 10) % 10;
  }
}
