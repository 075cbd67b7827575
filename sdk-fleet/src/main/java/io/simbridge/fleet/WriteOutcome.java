package io.simbridge.fleet;

import io.simbridge.core.model.SimRef;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a write (suspend, resume...) on one SIM of a fleet-wide write.
 *
 * @param sim      the SIM
 * @param provider the provider that owns it; empty when it could not be routed
 * @param status   what happened
 * @param error    why it failed or is ambiguous
 */
public record WriteOutcome(SimRef sim, Optional<String> provider, Status status, Optional<RuntimeException> error) {

  /** What happened to one write. */
  public enum Status {
    /** The provider confirmed it. */
    DONE,
    /** It was not applied: refused before sending, or the provider said no. */
    FAILED,
    /**
     * It may or may not have been applied (the answer was lost). It was not repeated: check the
     * SIM's state before sending it again.
     */
    AMBIGUOUS
  }

  /** Validates the record. */
  public WriteOutcome {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    if ((status == Status.DONE) != error.isEmpty()) {
      throw new IllegalArgumentException("a write is done without error, or not done with one");
    }
  }
}
