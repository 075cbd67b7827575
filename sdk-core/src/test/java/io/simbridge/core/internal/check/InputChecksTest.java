package io.simbridge.core.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14 section 6: the one check of free text and dates every provider makes before sending. */
class InputChecksTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "a\u0007",
        "\tx",
        "x\r\n",
        "x\u007F",
        "x\u0085",
        "\uD800x",
        "x\uDC00",
        "x\uFFFE",
        "x\uFFFF"
      })
  void textWithControlOrInvalidCharactersIsRefused(String text) {
    assertThatThrownBy(() -> InputChecks.text("name", text, "a SIM name"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.problem()).startsWith("contains the control or invalid character U+");
              assertThat(e.allowed()).isEqualTo("a SIM name, without control characters");
            });
  }

  @Test
  void plainTextAndPairedSurrogatesPass() {
    assertThat(InputChecks.text("name", "Pumpe 3 \u00e9 \uD83D\uDE00", "a SIM name"))
        .isEqualTo("Pumpe 3 \u00e9 \uD83D\uDE00");
    assertThatThrownBy(() -> InputChecks.text("name", " ", "a SIM name"))
        .hasMessage("Invalid name: is blank; allowed: a SIM name");
  }

  @Test
  void datesOutsideWhatAProviderCanMeanAreRefusedNamingTheRange() {
    assertThatThrownBy(() -> InputChecks.date("expirationDate", LocalDate.MIN))
        .hasMessage(
            "Invalid expirationDate: is -999999999-01-01; allowed: a date from 1970-01-01 to 9999-12-31");
    assertThatThrownBy(() -> InputChecks.date("expirationDate", LocalDate.MAX))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1970-01-01 to 9999-12-31");
    assertThatThrownBy(() -> InputChecks.dateTime("start", LocalDateTime.of(1969, 12, 31, 23, 59)))
        .hasMessage(
            "Invalid start: is 1969-12-31T23:59; allowed: a date and time from 1970-01-01 00:00:00 to 9999-12-31 23:59:59");
    assertThatThrownBy(() -> InputChecks.instant("to", Instant.MAX))
        .hasMessageContaining(
            "allowed: an instant from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
    // 9999-12-31 23:00 at -02:00 is year 10000 in UTC.
    assertThatThrownBy(
            () ->
                InputChecks.dateTime(
                    "endDt", OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-2))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theBoundsThemselvesPass() {
    assertThat(InputChecks.date("d", LocalDate.of(1970, 1, 1))).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(InputChecks.date("d", LocalDate.of(9999, 12, 31)))
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(InputChecks.instant("i", Instant.EPOCH)).isEqualTo(Instant.EPOCH);
    assertThat(InputChecks.dateTime("t", LocalDateTime.of(9999, 12, 31, 23, 59, 59))).isNotNull();
  }
}
