package io.simbridge.fleet;

import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.SimRef;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The outcome of a write (suspend, resume...) on one SIM of a fleet-wide write.
 *
 * @param sim      the SIM
 * @param provider the provider that owns it; empty when it could not be routed
 * @param status   what happened
 * @param error    why it failed or is ambiguous
 */
public record WriteOutcome(
    SimRef sim, Optional<String> provider, Status status, Optional<RuntimeException> error) {

  /** What happened to one write. */
  public enum Status {
    /** The provider confirmed it. */
    DONE,
    /** It was not applied: refused before sending, or the provider said no. */
    FAILED,
    /**
     * It may or may not have been applied (the answer was lost). It was not repeated: check the
     * SIM's state before sending it again. A write still in flight when the calling thread was
     * interrupted is reported so: it was left to finish, and its answer is not awaited.
     */
    AMBIGUOUS,
    /**
     * It was never sent: the calling thread was interrupted before its turn came (see
     * {@link FleetResult#interrupted()}). Sending it again is safe.
     */
    NOT_STARTED
  }

  /**
   * Validates the record: an error unless the write is done.
   *
   * @param sim      the SIM
   * @param provider the provider that owns it; empty when it could not be routed
   * @param status   what happened
   * @param error    why it failed or is ambiguous; empty when it is done
   */
  public WriteOutcome {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    if ((status == Status.DONE) != error.isEmpty()) {
      throw new IllegalArgumentException("a write is done without error, or not done with one");
    }
  }

  /** The outcome of a write that ran to its end: done, refused, or ambiguous. */
  static WriteOutcome of(SimResult<?> r) {
    return new WriteOutcome(
        r.sim(),
        r.provider(),
        r.isSuccess()
            ? Status.DONE
            : r.error().get() instanceof AmbiguousOutcomeException
                ? Status.AMBIGUOUS
                : Status.FAILED,
        r.error());
  }

  /** A write in flight when the calling thread was interrupted: it may still be applied. */
  static WriteOutcome inFlight(SimRef sim, String provider, String operation) {
    return new WriteOutcome(
        sim,
        Optional.of(provider),
        Status.AMBIGUOUS,
        Optional.of(
            new AmbiguousOutcomeException(
                ErrorDetails.of(provider, operation),
                new CancellationException(
                    "the calling thread was interrupted while"
                        + " this write was in flight; it was left to finish and its answer was not awaited"))));
  }

  /** A write never sent because the calling thread was interrupted first. */
  static WriteOutcome notStarted(SimRef sim, String provider) {
    return new WriteOutcome(
        sim,
        Optional.of(provider),
        Status.NOT_STARTED,
        Optional.of(
            new CancellationException(
                "not sent: the calling thread was interrupted before this write started")));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
