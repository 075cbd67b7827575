package io.simbridge.m2miportal.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIM's most recent confirmed outbound (mobile-originated) traffic, the answer to
 * {@code query_last_mo_traffic}. It is based on the traffic records the provider receives,
 * typically once a day, not on a live query of the network.
 *
 * <p>The document says that "if any individual value is unavailable, the element will be
 * returned empty", so every part is optional. A SIM with no traffic history (every element
 * empty) has no such record: the client then returns an empty {@code Optional} instead.
 *
 * @param trafficType    the kind of traffic ({@code traffic_type}), when the provider gave it
 * @param rawTrafficType the provider's value, such as {@code data}, when it gave one
 * @param timestamp      when an SMS was received, or a data session or voice call ended (UTC),
 *                       when the provider gave it
 * @param network        the network recorded for the traffic, where available
 * @param country        the country the traffic came from, where available
 */
public record LastMoTraffic(
    Optional<TrafficType> trafficType,
    Optional<String> rawTrafficType,
    Optional<Instant> timestamp,
    Optional<String> network,
    Optional<String> country) {

  /**
   * Validates the record.
   *
   * @param trafficType the kind of traffic ({@code traffic_type}), when the provider gave it
   * @param rawTrafficType the provider's value, such as {@code data}, when it gave one
   * @param timestamp when an SMS was received, or a data session or voice call ended (UTC),
   *     when the provider gave it
   * @param network the network recorded for the traffic, where available
   * @param country the country the traffic came from, where available
   */
  public LastMoTraffic {
    Objects.requireNonNull(trafficType, "trafficType");
    Objects.requireNonNull(rawTrafficType, "rawTrafficType");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(country, "country");
    if (trafficType.isPresent() != rawTrafficType.isPresent()) {
      throw new IllegalArgumentException(
          "trafficType and rawTrafficType must both be present or both be absent");
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
