package io.simbridge.m2miportal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7Test {

  @Test
  void theTablesHoldTheStandardsCharactersOnce() {
    // 128 codes less the escape; the extension table's 10 less the form feed XML cannot carry.
    assertThat(Gsm7.BASIC.chars().distinct().count()).isEqualTo(Gsm7.BASIC.length()).isEqualTo(127);
    assertThat(Gsm7.EXTENSION.chars().distinct().count()).isEqualTo(Gsm7.EXTENSION.length()).isEqualTo(9);
    assertThat(Gsm7.BASIC.chars().filter(c -> Gsm7.EXTENSION.indexOf(c) >= 0).count()).isZero();
    assertThat(Gsm7.BASIC).contains("Ç").doesNotContain("ç", "\f", "\t", "`");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Hello                ; 5",
      "€                    ; 2",
      "{x}                  ; 5",
      "^ \\ [ ~ ] | €       ; 20",
      "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà ; 42"})
  void countsOneSeptetPerCharacterAndTwoPerExtensionCharacter(String text, int septets) {
    assertThat(Gsm7.septets(text)).isEqualTo(septets);
  }

  @Test
  void lineBreaksAreOneSeptetEach() {
    assertThat(Gsm7.septets("a\r\nb\n")).isEqualTo(5);
  }

  @Test
  void refusesToCountACharacterOutsideTheAlphabet() {
    assertThatThrownBy(() -> Gsm7.septets("façade")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ç' (U+00E7)");
  }

  @Test
  void describesEachUnsupportedCharacterOnceInOrder() {
    assertThat(Gsm7.describeUnsupported("plain GSM text: Ñandú?")).isEqualTo("'ú' (U+00FA)");
    assertThat(Gsm7.describeUnsupported("ç`ç\u00a0`")).isEqualTo("'ç' (U+00E7), '`' (U+0060), U+00A0 (NO-BREAK SPACE)");
    assertThat(Gsm7.describeUnsupported("\uD83D")).isEqualTo("U+D83D (HIGH SURROGATES D83D)");
    assertThat(Gsm7.describeUnsupported("all fine")).isEmpty();
  }

  @Test
  void listsAtMostTenUnsupportedCharacters() {
    String many = "αβγδεζηθικλμ"; // Greek lower case: none is in the alphabet (only some capitals are)
    assertThat(Gsm7.describeUnsupported(many)).endsWith("'κ' (U+03BA) and 2 more")
        .satisfies(s -> assertThat(s.split(", ")).hasSize(10));
  }

  @Test
  void describesTheExtensionTableForMessages() {
    assertThat(Gsm7.describeExtension()).isEqualTo("^ { } \\ [ ~ ] | €");
    assertThat(Gsm7.describeAlphabet().codePoints().filter(c -> c > ' ')
        .filter(c -> Gsm7.BASIC.indexOf(c) < 0 && !Character.isLetterOrDigit(c) && c != ',')
        .mapToObj(Character::toString).collect(Collectors.joining())).isEmpty();
  }
}
