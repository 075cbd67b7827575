package io.simbridge.m2miportal.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The GSM 7-bit default alphabet (3GPP TS 23.038), which {@code send_sms} accepts: how many
 * septets a text takes, and which of its characters cannot be sent.
 */
public final class Gsm7 {
  /** The basic table: 127 characters of one septet each (the 128th code is the escape to the extension table). */
  static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  /**
   * The extension table: two septets each (escape and code). Its form feed (page break) is left
   * out: XML 1.0 cannot carry U+000C, even as a character reference, so the API cannot receive it.
   */
  static final String EXTENSION = "^{}\\[~]|€";

  private static final int MAX_LISTED = 10;

  private Gsm7() {}

  /**
   * @param text a text whose characters are all in the alphabet
   * @return the septets it takes: one per character, two per extension-table character
   * @throws IllegalArgumentException if a character is not in the alphabet
   */
  public static int septets(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        n += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        n += 2;
      } else {
        throw new IllegalArgumentException("not in the GSM 7-bit default alphabet: " + describe(text.codePointAt(i)));
      }
    }
    return n;
  }

  /**
   * @param text any text
   * @return its characters that cannot be sent, each once in order of appearance, as
   *     {@code 'ç' (U+00E7)}; empty when there is none
   */
  public static String describeUnsupported(String text) {
    Set<Integer> outside = new LinkedHashSet<>();
    text.codePoints()
        .filter(cp -> cp > Character.MAX_VALUE || (BASIC.indexOf(cp) < 0 && EXTENSION.indexOf(cp) < 0))
        .forEach(outside::add);
    String listed = outside.stream().limit(MAX_LISTED).map(Gsm7::describe).collect(Collectors.joining(", "));
    return outside.size() > MAX_LISTED ? listed + " and " + (outside.size() - MAX_LISTED) + " more" : listed;
  }

  /** @return the basic table for messages, control characters named */
  public static String describeAlphabet() {
    return "A-Z, a-z, 0-9, space, line feed, carriage return and @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà";
  }

  /** @return the extension table for messages */
  public static String describeExtension() {
    return String.join(" ", EXTENSION.split(""));
  }

  private static String describe(int codePoint) {
    String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
    boolean invisible = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.SURROGATE;
    return invisible
        ? hex + " (" + Character.getName(codePoint) + ")"
        : "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
  }
}
