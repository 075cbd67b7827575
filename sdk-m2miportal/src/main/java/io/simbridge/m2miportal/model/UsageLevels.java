package io.simbridge.m2miportal.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIM's usage warning level and limit: the answer to {@code query_usage_levels}.
 *
 * <p>The provider sends bare decimals whose unit depends on the SIM type, and the answer does not
 * say which: for some SIM types they are money (GBP of nominal balance), for the others
 * megabytes. This record keeps the decimals as sent; read them through {@link #warningAsMoney()}
 * and {@link #limitAsMoney()}, or {@link #warningAsData()} and {@link #limitAsData()}, according to
 * the SIM type you know the SIM has. simbridge never guesses.
 *
 * @param warning the warning level ({@code warning}), empty when not set
 * @param limit   the limit ({@code limit}), empty when not set
 */
public record UsageLevels(Optional<BigDecimal> warning, Optional<BigDecimal> limit) {
  /** The currency of levels given as money. */
  public static final String CURRENCY = "GBP";

  /**
   * Validates the record.
   *
   * @param warning the warning level ({@code warning}), empty when not set
   * @param limit the limit ({@code limit}), empty when not set
   */
  public UsageLevels {
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(limit, "limit");
  }

  /**
   * The warning level read as GBP, for SIM types whose levels are money.
   *
   * @return the warning level read as GBP, for SIM types whose levels are money
   */
  public Optional<Money> warningAsMoney() {
    return warning.map(v -> new Money(v, CURRENCY));
  }

  /**
   * The limit read as GBP, for SIM types whose levels are money.
   *
   * @return the limit read as GBP, for SIM types whose levels are money
   */
  public Optional<Money> limitAsMoney() {
    return limit.map(v -> new Money(v, CURRENCY));
  }

  /**
   * @return the warning level read as decimal megabytes (1,000,000 bytes, the unit of
   *     {@code data_mb}), for SIM types whose levels are data
   * @throws io.simbridge.core.error.InvalidInputException if the level is negative, so cannot be data
   */
  public Optional<DataVolume> warningAsData() {
    return warning.map(v -> DataVolume.of(v, DataUnit.MEGABYTE));
  }

  /**
   * @return the limit read as decimal megabytes (1,000,000 bytes, the unit of {@code data_mb}),
   *     for SIM types whose levels are data
   * @throws io.simbridge.core.error.InvalidInputException if the limit is negative, so cannot be data
   */
  public Optional<DataVolume> limitAsData() {
    return limit.map(v -> DataVolume.of(v, DataUnit.MEGABYTE));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
