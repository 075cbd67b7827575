package io.simbridge.jobs;

import io.simbridge.core.model.SimRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SIM of a job, as its journal records it.
 *
 * @param index      the SIM's position in the job's list, from 0
 * @param sim        the SIM
 * @param provider   the provider it was routed to; empty when it could not be routed
 * @param state      where it stands
 * @param errorType  the simple class name of the error that failed, skipped or clouded it, such as
 *                   {@code AmbiguousOutcomeException} or {@code WorkerLost}
 * @param error      that error's message (never a secret)
 * @param note       what reconciliation did, if anything
 * @param startedAt  when a worker took it, on the database's clock
 * @param finishedAt when it reached its present final state
 */
public record JobRow(
    int index,
    SimRef sim,
    Optional<String> provider,
    RowState state,
    Optional<String> errorType,
    Optional<String> error,
    Optional<String> note,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt) {

  /**
   * Validates the record.
   *
   * @param index      the SIM's position in the job's list, from 0
   * @param sim        the SIM
   * @param provider   the provider it was routed to; empty when it could not be routed
   * @param state      where it stands
   * @param errorType  the simple class name of the error that failed, skipped or clouded it
   * @param error      that error's message (never a secret)
   * @param note       what reconciliation did, if anything
   * @param startedAt  when a worker took it, on the database's clock
   * @param finishedAt when it reached its present final state
   */
  public JobRow {
    Objects.requireNonNull(sim, "sim");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }
}
