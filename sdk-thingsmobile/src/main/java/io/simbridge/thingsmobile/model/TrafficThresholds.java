package io.simbridge.thingsmobile.model;

import java.util.Objects;

/**
 * The three thresholds setupSimTrafficThreeshold sets together ({@code dailyLimit},
 * {@code monthlyLimit}, {@code totalLimit} with their {@code blockSim*} flags).
 *
 * @param daily   the daily threshold
 * @param monthly the monthly threshold
 * @param total   the threshold over the SIM's life
 */
public record TrafficThresholds(
    TrafficThreshold daily, TrafficThreshold monthly, TrafficThreshold total) {
  /**
   * Validates the record.
   *
   * @param daily   the daily threshold
   * @param monthly the monthly threshold
   * @param total   the threshold over the SIM's life
   */
  public TrafficThresholds {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(monthly, "monthly");
    Objects.requireNonNull(total, "total");
  }
}
