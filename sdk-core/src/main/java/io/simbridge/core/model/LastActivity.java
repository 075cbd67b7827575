package io.simbridge.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIM's most recent mobile-originated traffic the provider has confirmed.
 *
 * @param time    when it ended (a data session or call) or was received (an SMS)
 * @param kind    the normalised kind
 * @param rawKind the provider's value, such as {@code data}
 * @param network the network it used, when known
 * @param country the country it came from, when known
 */
public record LastActivity(
    Instant time, ActivityKind kind, String rawKind, Optional<String> network, Optional<String> country) {

  /** Validates the record. */
  public LastActivity {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rawKind, "rawKind");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(country, "country");
  }
}
