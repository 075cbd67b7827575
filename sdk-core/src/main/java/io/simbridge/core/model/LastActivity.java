package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIM's most recent mobile-originated traffic the provider has confirmed. A provider may know
 * some parts and not others (M2M iPortal returns any unavailable value empty), so each part is
 * optional; a SIM without any traffic history has no {@code LastActivity} at all.
 *
 * @param time    when it ended (a data session or call) or was received (an SMS), when known
 * @param kind    the normalised kind, when known
 * @param rawKind the provider's value, such as {@code data}, when it gave one
 * @param network the network it used, when known
 * @param country the country it came from, when known
 */
public record LastActivity(
    Optional<Instant> time,
    Optional<ActivityKind> kind,
    Optional<String> rawKind,
    Optional<String> network,
    Optional<String> country) {

  /**
   * Validates the record.
   *
   * @param time    when it ended (a data session or call) or was received (an SMS), when known
   * @param kind    the normalised kind, when known
   * @param rawKind the provider's value, such as {@code data}, when it gave one
   * @param network the network it used, when known
   * @param country the country it came from, when known
   */
  public LastActivity {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rawKind, "rawKind");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(country, "country");
    if (kind.isPresent() != rawKind.isPresent()) {
      throw new IllegalArgumentException("kind and rawKind must both be present or both be absent");
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
