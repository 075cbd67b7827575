package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One usage record (CDR) of a SIM.
 *
 * @param sim      the SIM it belongs to
 * @param start    when the session started
 * @param end      when it ended
 * @param volume   the data it carried
 * @param network  the network or zone, when known
 * @param country  the country, when known
 * @param operator the operator code, when known
 */
public record UsageRecord(
    SimRef sim,
    Instant start,
    Instant end,
    DataVolume volume,
    Optional<String> network,
    Optional<String> country,
    Optional<String> operator) {

  /**
   * Validates the record.
   *
   * @param sim      the SIM it belongs to
   * @param start    when the session started
   * @param end      when it ended
   * @param volume   the data it carried
   * @param network  the network or zone, when known
   * @param country  the country, when known
   * @param operator the operator code, when known
   */
  public UsageRecord {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(operator, "operator");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
