package io.simbridge.core.model;

import java.util.Objects;

/**
 * A SIM's daily, monthly and total traffic thresholds.
 *
 * @param daily   the daily threshold
 * @param monthly the monthly threshold
 * @param total   the threshold over the SIM's life
 */
public record DataLimits(DataLimit daily, DataLimit monthly, DataLimit total) {
  /**
   * Validates the record.
   *
   * @param daily   the daily threshold
   * @param monthly the monthly threshold
   * @param total   the threshold over the SIM's life
   */
  public DataLimits {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(total, "total");
  }
}
