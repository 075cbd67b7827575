package io.simbridge.m2miportal.model;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The GSM 7-bit default alphabet (3GPP TS 23.038), which {@code send_sms} accepts: how many
 * septets a text takes, and which of its characters cannot be sent.
 *
 * <p>Here, package-private beside {@link SendSmsRequest}, its one user: the record checks itself
 * when it is created (so a message the provider would refuse never exists), and the model may not
 * import {@code internal}. It is the provider's rule, not a neutral one, so it does not go to core.
 */
final class Gsm7 {
  /**
   * The basic table in code order (0x00 to 0x7F): one septet each. Code 0x1B is the escape to the
   * extension table, not a character, and is held by {@link #NOT_A_CHARACTER}.
   */
  static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\uFFFFÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** Where {@link #BASIC} holds the escape code 0x1B: a noncharacter, so no text can match it. */
  static final char NOT_A_CHARACTER = '\uFFFF';

  /**
   * The extension table (codes 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65): two
   * septets each, the escape then the code. Form feed (0x0A, a page break) is one of them; XML
   * 1.0 cannot carry U+000C, so the request writer ({@code internal.Requests}) sends it as the
   * character reference {@code &#12;} and the provider's parser decides.
   */
  @SuppressWarnings("EscapedEntity") // the character reference is meant to show as written
  static final String EXTENSION = "\f^{}\\[~]|€";

  private static final int MAX_LISTED = 10;

  private Gsm7() {}

  /**
   * @param text a text whose characters are all in the alphabet
   * @return the septets it takes: one per character, two per extension-table character
   * @throws IllegalArgumentException if a character is not in the alphabet
   */
  static int septets(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != NOT_A_CHARACTER && BASIC.indexOf(c) >= 0) {
        n += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        n += 2;
      } else {
        throw new IllegalArgumentException(
            "not in the GSM 7-bit default alphabet: " + describe(text.codePointAt(i)));
      }
    }
    return n;
  }

  /**
   * @param text any text
   * @return its characters that cannot be sent, each once in order of appearance, as
   *     {@code 'ç' (U+00E7)}; empty when there is none
   */
  static String describeUnsupported(String text) {
    Set<Integer> outside = new LinkedHashSet<>();
    text.codePoints()
        .filter(
            cp ->
                cp > Character.MAX_VALUE
                    || cp == NOT_A_CHARACTER
                    || (BASIC.indexOf(cp) < 0 && EXTENSION.indexOf(cp) < 0))
        .forEach(outside::add);
    String listed =
        outside.stream().limit(MAX_LISTED).map(Gsm7::describe).collect(Collectors.joining(", "));
    return outside.size() > MAX_LISTED
        ? listed + " and " + (outside.size() - MAX_LISTED) + " more"
        : listed;
  }

  /**
   * The basic table for messages, control characters named.
   *
   * @return the basic table for messages, control characters named
   */
  static String describeAlphabet() {
    return "A-Z, a-z, 0-9, space, line feed, carriage return and @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà";
  }

  /**
   * The extension table for messages, form feed named.
   *
   * @return the extension table for messages, form feed named
   */
  static String describeExtension() {
    return "form feed " + String.join(" ", EXTENSION.substring(1).split(""));
  }

  private static String describe(int codePoint) {
    String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
    boolean invisible =
        Character.isISOControl(codePoint)
            || Character.isWhitespace(codePoint)
            || Character.isSpaceChar(codePoint)
            || Character.getType(codePoint) == Character.SURROGATE;
    return invisible
        ? hex + " (" + Character.getName(codePoint) + ")"
        : "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
  }
}
