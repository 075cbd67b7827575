package io.simbridge.core.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The escaped spellings a character travels in, read at one position of a text: JSON and
 * JavaScript backslash escapes ({@code \u00e9}, {@code \x41}, {@code \n}), XML and HTML character
 * references (decimal, hex, named), percent-encoding (either case of hex, UTF-8 or Latin-1 bytes,
 * {@code %u00e9}) and {@code +} for a space. The redactor matches a secret against the text
 * reading each position either as it is or as one of these, so every mix of spellings is found.
 */
final class Spellings {
  /**
   * One reading of an escape.
   *
   * @param chars  the characters it stands for, {@code null} for "any one character" (a named
   *               entity this class does not know: HTML has over 2,000, and treating an unknown one
   *               as a wildcard hides every one of them without carrying the table)
   * @param length how many characters of the text it spans
   */
  record Reading(String chars, int length) {}

  private static final Map<String, String> XML_NAMES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");
  private static final int MAX_ENTITY_NAME = 32;
  private static final int MAX_CUT_ESCAPE = 16;

  private Spellings() {}

  /**
   * @param c a character
   * @return whether an escape may start with it
   */
  static boolean startsEscape(char c) {
    return c == '\\' || c == '&' || c == '%' || c == '+';
  }

  /**
   * @param t   the text
   * @param p   a position where {@link #startsEscape(char)} holds
   * @param end the end of the text to read
   * @return every reading of an escape starting at {@code p}, empty when there is none
   */
  static List<Reading> at(CharSequence t, int p, int end) {
    return switch (t.charAt(p)) {
      case '+' -> List.of(new Reading(" ", 1));
      case '\\' -> backslash(t, p, end);
      case '&' -> reference(t, p, end);
      case '%' -> percent(t, p, end);
      default -> List.of();
    };
  }

  /**
   * @param t   the text
   * @param p   a position where {@link #startsEscape(char)} holds
   * @param end where the text was cut
   * @return whether {@code [p, end)} may be the beginning of an escape the cut left incomplete
   */
  static boolean mayBeCutEscape(CharSequence t, int p, int end) {
    if (end - p > MAX_CUT_ESCAPE || t.charAt(p) == '+') {
      return false;
    }
    for (int i = p + 1; i < end; i++) {
      char c = t.charAt(i);
      if (!(isAsciiLetterOrDigit(c) || c == '#' || c == '%' || c == '\\')) {
        return false;
      }
    }
    return true;
  }

  private static List<Reading> backslash(CharSequence t, int p, int end) {
    if (p + 1 >= end) {
      return List.of();
    }
    char c = t.charAt(p + 1);
    int hexDigits = c == 'u' ? 4 : c == 'x' ? 2 : 0;
    if (hexDigits > 0) {
      int v = hex(t, p + 2, hexDigits, end);
      return v < 0 ? List.of() : List.of(new Reading(String.valueOf((char) v), 2 + hexDigits));
    }
    String s =
        switch (c) {
          case '"', '\\', '/', '\'' -> String.valueOf(c);
          case 'b' -> "\b";
          case 'f' -> "\f";
          case 'n' -> "\n";
          case 'r' -> "\r";
          case 't' -> "\t";
          default -> null;
        };
    return s == null ? List.of() : List.of(new Reading(s, 2));
  }

  private static List<Reading> reference(CharSequence t, int p, int end) {
    int i = p + 1;
    if (i < end && t.charAt(i) == '#') {
      i++;
      int radix = 10;
      if (i < end && (t.charAt(i) == 'x' || t.charAt(i) == 'X')) {
        radix = 16;
        i++;
      }
      int start = i;
      long cp = 0;
      for (;
          i < end && Character.digit(t.charAt(i), radix) >= 0 && cp <= Character.MAX_CODE_POINT;
          i++) {
        cp = cp * radix + Character.digit(t.charAt(i), radix);
      }
      if (i == start
          || i >= end
          || t.charAt(i) != ';'
          || !Character.isValidCodePoint((int) cp)
          || cp > Character.MAX_CODE_POINT) {
        return List.of();
      }
      return List.of(new Reading(Character.toString((int) cp), i + 1 - p));
    }
    int start = i;
    while (i < end && i - start <= MAX_ENTITY_NAME && isAsciiLetterOrDigit(t.charAt(i))) {
      i++;
    }
    if (i == start || i >= end || t.charAt(i) != ';' || !Character.isLetter(t.charAt(start))) {
      return List.of();
    }
    String known = XML_NAMES.get(t.subSequence(start, i).toString());
    return List.of(new Reading(known, i + 1 - p));
  }

  private static List<Reading> percent(CharSequence t, int p, int end) {
    if (p + 1 < end && (t.charAt(p + 1) == 'u' || t.charAt(p + 1) == 'U')) {
      int v = hex(t, p + 2, 4, end);
      return v < 0 ? List.of() : List.of(new Reading(String.valueOf((char) v), 6));
    }
    int b = hex(t, p + 1, 2, end);
    if (b < 0) {
      return List.of();
    }
    if (b < 0x80) {
      return List.of(new Reading(String.valueOf((char) b), 3));
    }
    List<Reading> readings = new ArrayList<>(2);
    // A byte above 0x7F: Latin-1 in legacy encoders, else the lead byte of a UTF-8 sequence.
    readings.add(new Reading(String.valueOf((char) b), 3));
    int more =
        b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
    int cp = b & (0x3F >> more);
    for (int k = 1; k <= more; k++) {
      int at = p + 3 * k;
      int next = at < end && t.charAt(at) == '%' ? hex(t, at + 1, 2, end) : -1;
      if ((next & 0xC0) != 0x80) {
        return readings;
      }
      cp = (cp << 6) | (next & 0x3F);
    }
    if (more > 0 && Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
      readings.add(new Reading(Character.toString(cp), 3 * (more + 1)));
    }
    return readings;
  }

  /** @return the value of {@code digits} hex digits at {@code p}, or -1 */
  private static int hex(CharSequence t, int p, int digits, int end) {
    if (p + digits > end) {
      return -1;
    }
    int v = 0;
    for (int i = p; i < p + digits; i++) {
      int d = Character.digit(t.charAt(i), 16);
      if (d < 0 || t.charAt(i) > 'f') {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
