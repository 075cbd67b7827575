package io.simbridge.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FieldsTest {
  private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Test
  void blankMeansAbsent() {
    assertThat(Fields.text("  ")).isEmpty();
    assertThat(Fields.text(null)).isEmpty();
    assertThat(Fields.optionalLong("balance", "")).isEqualTo(OptionalLong.empty());
    assertThat(Fields.optionalLocalDateTime("lastConnectionDate", "", TM)).isEmpty();
  }

  @Test
  void valuesAreReadStrictly() {
    assertThat(Fields.requireLong("balance", " 30 ")).isEqualTo(30);
    assertThat(Fields.optionalDecimal("amount", "-1.00")).contains(new BigDecimal("-1.00"));
    assertThat(Fields.optionalFlag("blockSimDaily", "1")).contains(true);
    assertThat(Fields.optionalLocalDateTime("activationDate", "2018-02-07 15:52:49", TM))
        .contains(LocalDateTime.of(2018, 2, 7, 15, 52, 49));
  }

  @Test
  void aWrongValueIsAnErrorNamingTheFieldNeverAZero() {
    assertThatThrownBy(() -> Fields.requireLong("balance", "12ab"))
        .isInstanceOf(MalformedFieldException.class)
        .hasMessage("field 'balance' is not a whole number: '12ab'");
    assertThatThrownBy(() -> Fields.requireLong("balance", null))
        .isInstanceOf(MalformedFieldException.class)
        .hasMessage("field 'balance' is missing");
    assertThatThrownBy(() -> Fields.requireNonNegativeLong("cdrTraffic", "-5"))
        .isInstanceOf(MalformedFieldException.class);
    assertThatThrownBy(() -> Fields.optionalFlag("blockSim", "maybe"))
        .isInstanceOf(MalformedFieldException.class);
    assertThatThrownBy(() -> Fields.optionalDecimal("amount", "1e999999"))
        .isInstanceOf(MalformedFieldException.class);
    assertThatThrownBy(() -> Fields.optionalLocalDateTime("d", "2018-13-07 00:00:00", TM))
        .isInstanceOf(MalformedFieldException.class);
    assertThat(Fields.optionalDate("msgDate", "2024-10-22"))
        .isEqualTo(Optional.of(java.time.LocalDate.of(2024, 10, 22)));
  }
}
