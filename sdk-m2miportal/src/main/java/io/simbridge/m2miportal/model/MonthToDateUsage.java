package io.simbridge.m2miportal.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A SIM's usage in the current calendar month, current to within a few hours: the answer to
 * {@code query_usage}. Each part is empty when the provider returned its element empty.
 *
 * @param data         data used ({@code data_mb}, which the provider gives in decimal megabytes
 *                     of 1,000,000 bytes: {@code 80.010} is 80,010,000 bytes)
 * @param sms          chargeable SMS ({@code sms}: mobile-originated, MO-IP and mobile-terminated)
 * @param voiceMinutes voice minutes ({@code voice_mins}, rounded up by the provider)
 */
public record MonthToDateUsage(
    Optional<DataVolume> data, OptionalLong sms, OptionalLong voiceMinutes) {

  /**
   * Validates the record.
   *
   * @param data data used ({@code data_mb}, which the provider gives in decimal megabytes
   *     of 1,000,000 bytes: {@code 80.010} is 80,010,000 bytes)
   * @param sms chargeable SMS ({@code sms}: mobile-originated, MO-IP and mobile-terminated)
   * @param voiceMinutes voice minutes ({@code voice_mins}, rounded up by the provider)
   */
  public MonthToDateUsage {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sms, "sms");
    Objects.requireNonNull(voiceMinutes, "voiceMinutes");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
