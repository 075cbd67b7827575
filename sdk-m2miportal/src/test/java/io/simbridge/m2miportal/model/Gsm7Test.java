package io.simbridge.m2miportal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7Test {

  /**
   * 3GPP TS 23.038, 6.2.1 GSM 7 bit default alphabet: the basic table by code, 0x00 to 0x7F.
   * Code 0x1B is the escape to the extension table (null here).
   */
  private static final String[] BASIC_TABLE = {
    "@", "\u00A3", "$", "\u00A5", "\u00E8", "\u00E9", "\u00F9", "\u00EC", "\u00F2", "\u00C7", "\n",
    "\u00D8", "\u00F8", "\r", "\u00C5", "\u00E5", "\u0394", "_", "\u03A6", "\u0393", "\u039B",
    "\u03A9", "\u03A0", "\u03A8", "\u03A3", "\u0398", "\u039E", null, "\u00C6", "\u00E6", "\u00DF",
    "\u00C9", " ", "!", "\"", "#", "\u00A4", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?", "\u00A1", "A",
    "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T",
    "U", "V", "W", "X", "Y", "Z", "\u00C4", "\u00D6", "\u00D1", "\u00DC", "\u00A7", "\u00BF", "a",
    "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "w", "x", "y", "z", "\u00E4", "\u00F6", "\u00F1", "\u00FC", "\u00E0"
  };

  /** 3GPP TS 23.038, 6.2.1.1 default alphabet extension table: code (after the escape) and character. */
  private static final Map<Integer, String> EXTENSION_TABLE =
      Map.of(
          0x0A, "\f", 0x14, "^", 0x28, "{", 0x29, "}", 0x2F, "\\", 0x3C, "[", 0x3D, "~", 0x3E, "]",
          0x40, "|", 0x65, "\u20AC");

  @Test
  void ts23038_everyBasicTableCharacterIsOneSeptetAtItsCode() {
    assertThat(BASIC_TABLE).hasSize(128);
    for (int code = 0; code < 128; code++) {
      String c = BASIC_TABLE[code];
      if (c == null) {
        continue;
      }
      assertThat(Gsm7.septets(c)).as("code 0x%02X", code).isEqualTo(1);
      assertThat(Gsm7.BASIC.indexOf(c)).as("code 0x%02X", code).isEqualTo(code);
    }
  }

  @Test
  void ts23038_everyExtensionTableCharacterIsTwoSeptetsFormFeedIncluded() {
    EXTENSION_TABLE.forEach(
        (code, c) -> assertThat(Gsm7.septets(c)).as("extension code 0x%02X", code).isEqualTo(2));
    assertThat(Gsm7.septets("page\fbreak")).isEqualTo(11);
    assertThat(Gsm7.describeUnsupported("\f")).isEmpty();
  }

  @Test
  void ts23038_nothingElseIsInTheAlphabet() {
    Set<String> standard = new HashSet<>(EXTENSION_TABLE.values());
    Arrays.stream(BASIC_TABLE).filter(Objects::nonNull).forEach(standard::add);
    assertThat(standard).hasSize(127 + 10);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (!standard.contains(s) && !Character.isSurrogate(c)) {
        assertThat(Gsm7.describeUnsupported(s)).as("U+%04X", (int) c).isNotEmpty();
      }
    }
    assertThat(Gsm7.describeUnsupported("\u001B\uFFFF")).contains("U+001B", "U+FFFF");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Hello                ; 5",
        "€                    ; 2",
        "{x}                  ; 5",
        "^ \\ [ ~ ] | €       ; 20",
        "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà ; 42"
      })
  void countsOneSeptetPerCharacterAndTwoPerExtensionCharacter(String text, int septets) {
    assertThat(Gsm7.septets(text)).isEqualTo(septets);
  }

  @Test
  void lineBreaksAreOneSeptetEach() {
    assertThat(Gsm7.septets("a\r\nb\n")).isEqualTo(5);
  }

  @Test
  void refusesToCountACharacterOutsideTheAlphabet() {
    assertThatThrownBy(() -> Gsm7.septets("façade"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ç' (U+00E7)");
  }

  @Test
  void describesEachUnsupportedCharacterOnceInOrder() {
    assertThat(Gsm7.describeUnsupported("plain GSM text: Ñandú?")).isEqualTo("'ú' (U+00FA)");
    assertThat(Gsm7.describeUnsupported("ç`ç\u00a0`"))
        .isEqualTo("'ç' (U+00E7), '`' (U+0060), U+00A0 (NO-BREAK SPACE)");
    assertThat(Gsm7.describeUnsupported("\uD83D")).isEqualTo("U+D83D (HIGH SURROGATES D83D)");
    assertThat(Gsm7.describeUnsupported("all fine")).isEmpty();
  }

  @Test
  void listsAtMostTenUnsupportedCharacters() {
    String many =
        "αβγδεζηθικλμ"; // Greek lower case: none is in the alphabet (only some capitals are)
    assertThat(Gsm7.describeUnsupported(many))
        .endsWith("'κ' (U+03BA) and 2 more")
        .satisfies(s -> assertThat(s.split(", ")).hasSize(10));
  }

  @Test
  void describesTheExtensionTableForMessages() {
    assertThat(Gsm7.describeExtension()).isEqualTo("form feed ^ { } \\ [ ~ ] | €");
    assertThat(
            Gsm7.describeAlphabet()
                .codePoints()
                .filter(c -> c > ' ')
                .filter(c -> Gsm7.BASIC.indexOf(c) < 0 && !Character.isLetterOrDigit(c) && c != ',')
                .mapToObj(Character::toString)
                .collect(Collectors.joining()))
        .isEmpty();
  }
}
