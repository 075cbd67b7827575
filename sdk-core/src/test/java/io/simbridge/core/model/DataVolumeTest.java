package io.simbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataVolumeTest {

  @Test
  void unitsAreNamedApart() {
    assertThat(DataVolume.of(1, DataUnit.MEBIBYTE).bytes()).isEqualTo(1_048_576);
    assertThat(DataVolume.of(1, DataUnit.MEGABYTE).bytes()).isEqualTo(1_000_000);
    assertThat(DataVolume.of(1, DataUnit.KIBIBYTE).bytes()).isEqualTo(1_024);
    assertThat(DataVolume.of(1, DataUnit.KILOBYTE).bytes()).isEqualTo(1_000);
    assertThat(DataVolume.of(2, DataUnit.GIBIBYTE).bytes()).isEqualTo(2_147_483_648L);
  }

  @Test
  void decimalMegabytesBecomeWholeBytes() {
    // M2M iPortal's "80.010" decimal megabytes.
    assertThat(DataVolume.of(new BigDecimal("80.010"), DataUnit.MEGABYTE).bytes())
        .isEqualTo(80_010_000);
    assertThat(DataVolume.of(new BigDecimal("0.0000005"), DataUnit.MEGABYTE).bytes()).isEqualTo(1);
  }

  @Test
  void readsBackInAnyUnit() {
    DataVolume v = DataVolume.ofBytes(1_572_864);

    assertThat(v.to(DataUnit.MEBIBYTE)).isEqualByComparingTo("1.5");
    assertThat(DataVolume.of(10, DataUnit.MEBIBYTE).to(DataUnit.MEBIBYTE)).hasToString("10");
    assertThat(DataVolume.of(1_500, DataUnit.KILOBYTE).to(DataUnit.MEGABYTE)).hasToString("1.5");
    assertThat(v.to(DataUnit.MEGABYTE)).isEqualByComparingTo("1.572864");
    assertThat(v.toWhole(DataUnit.MEBIBYTE)).isEqualTo(1);
    assertThat(v.isWhole(DataUnit.MEBIBYTE)).isFalse();
    assertThat(DataVolume.of(3, DataUnit.MEBIBYTE).isWhole(DataUnit.MEBIBYTE)).isTrue();
    assertThat(v.plus(DataVolume.ofBytes(1))).isEqualTo(DataVolume.ofBytes(1_572_865));
    assertThat(DataVolume.ZERO.compareTo(v)).isNegative();
  }

  @Test
  void negativeAndOverflowingAmountsAreRefused() {
    assertThatThrownBy(() -> DataVolume.ofBytes(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Invalid data volume: is negative (-1 bytes); allowed: 0 or more bytes");
    assertThatThrownBy(() -> DataVolume.of(Long.MAX_VALUE, DataUnit.KIBIBYTE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> DataVolume.of(new BigDecimal("1e30"), DataUnit.GIGABYTE))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void moneyKeepsItsScale() {
    Money m = Money.of("9.00", "EUR");

    assertThat(m.amount()).isEqualTo(new BigDecimal("9.00"));
    assertThat(m).hasToString("9.00 EUR");
  }
}
