package io.simbridge.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.internal.text.Printable;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, section 6: messages that quote input or an answer escape control characters, so a
 * value cannot forge a log line.
 */
class MessageEscapingTest {
  private static final String FORGED =
      "tag\r\n2026-12-01 INFO admin logged in\u0000\u0085\u2028\u202e\ud800x";

  @Test
  void anInvalidInputMessageEscapesControlCharactersOfTheValue() {
    InvalidInputException e =
        new InvalidInputException("name", "'" + FORGED + "' is too long", "at most 5 characters");

    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid name: 'tag\\r\\n2026-12-01 INFO admin logged in\\u0000\\u0085\\u2028\\u202E\\uD800x'"
                + " is too long; allowed: at most 5 characters");
    assertThat(e.problem()).doesNotContain("\n", "\r");
  }

  @Test
  void aProviderAnswerQuotedInAnExceptionIsEscaped() {
    ErrorDetails details =
        ErrorDetails.of("m2miportal", "query_sim").withProviderError("4\n2", FORGED);

    assertThat(new ProviderErrorException(details, "answer began: " + FORGED, null).getMessage())
        .doesNotContain("\n", "\r", "\u0000", "\u0085", "\u2028", "\u202e")
        .contains("provider code 4\\n2", "tag\\r\\n2026");
    assertThat(new MalformedResponseException(details, "bad\nanswer", "a\u0007b", null).excerpt())
        .isEqualTo("a\\u0007b");
  }

  @Test
  void printableTextAndSurrogatePairsAreKept() {
    String ordinary = "Ünïcödé 💡 \\n stays";

    assertThat(Printable.escape(ordinary)).isSameAs(ordinary);
    assertThat(Printable.escape("\ud83d")).isEqualTo("\\uD83D");
    assertThat(Printable.escape("x\udca1")).isEqualTo("x\\uDCA1");
    assertThat(Printable.escape("tab\there")).isEqualTo("tab\\there");
  }
}
