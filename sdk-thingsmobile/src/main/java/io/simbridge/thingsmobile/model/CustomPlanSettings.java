package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What createCustomPlan and modifyCustomPlan set; the API requires every part, the threshold and
 * amount even when auto-recharge is off. They are sent in MB of 1,048,576 bytes, as decimals.
 *
 * @param name                           {@code name}, not blank
 * @param simAutorechargeEnabled         {@code simAutorechargeEnabled}
 * @param simAutorechargeCreditThreshold {@code simAutorechargeCreditThreshold}
 * @param simAutorechargeAmount          {@code simAutorechargeAmount}
 */
public record CustomPlanSettings(
    String name,
    boolean simAutorechargeEnabled,
    DataVolume simAutorechargeCreditThreshold,
    DataVolume simAutorechargeAmount) {

  /**
   * Validates the record.
   *
   * @param name                           {@code name}, not blank
   * @param simAutorechargeEnabled         {@code simAutorechargeEnabled}
   * @param simAutorechargeCreditThreshold {@code simAutorechargeCreditThreshold}
   * @param simAutorechargeAmount          {@code simAutorechargeAmount}
   */
  public CustomPlanSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(simAutorechargeCreditThreshold, "simAutorechargeCreditThreshold");
    Objects.requireNonNull(simAutorechargeAmount, "simAutorechargeAmount");
    if (name.isBlank()) {
      throw new InvalidInputException("name", "is blank", "a custom plan name");
    }
  }

  /**
   * @param name        the plan name, not blank
   * @param autorecharge whether auto-recharge is on
   * @param thresholdMb the auto-recharge threshold in MB (1 MB = 1,048,576 bytes), not negative
   * @param amountMb    the auto-recharge amount in MB, not negative
   * @return the settings
   */
  public static CustomPlanSettings ofMegabytes(
      String name, boolean autorecharge, BigDecimal thresholdMb, BigDecimal amountMb) {
    return new CustomPlanSettings(
        name,
        autorecharge,
        megabytes("simAutorechargeCreditThreshold", thresholdMb),
        megabytes("simAutorechargeAmount", amountMb));
  }

  private static DataVolume megabytes(String field, BigDecimal mb) {
    Objects.requireNonNull(mb, field);
    if (mb.signum() < 0) {
      throw new InvalidInputException(
          field,
          "is negative (" + mb.toPlainString() + " MB)",
          "0 or more MB (1 MB = 1,048,576 bytes)");
    }
    return DataVolume.of(mb, DataUnit.MEBIBYTE);
  }
}
