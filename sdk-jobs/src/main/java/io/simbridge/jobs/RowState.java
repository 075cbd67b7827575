package io.simbridge.jobs;

/**
 * Where one SIM of a job stands. A row moves PENDING → IN_FLIGHT → DONE, FAILED or AMBIGUOUS, or
 * goes to SKIPPED when it was refused before anything was sent. IN_FLIGHT is committed before the
 * request leaves, so a crash at any instant leaves "may have been sent", never "unknown".
 */
public enum RowState {
  /** Not started. */
  PENDING,
  /** Claimed by a worker, whose request may have been sent. */
  IN_FLIGHT,
  /** The provider confirmed the write. */
  DONE,
  /** Not applied: the provider refused it, or it could not be sent. */
  FAILED,
  /**
   * May or may not have been applied: its answer was lost, or its worker stopped while it was in
   * flight. Never sent again on its own; see {@link BulkJobs#reconcile}.
   */
  AMBIGUOUS,
  /** Refused before sending: unknown SIM, capability missing, invalid input, or job cancelled. */
  SKIPPED;

  /** @return whether nothing more happens to the row on its own */
  public boolean isFinal() {
    return this != PENDING && this != IN_FLIGHT;
  }
}
