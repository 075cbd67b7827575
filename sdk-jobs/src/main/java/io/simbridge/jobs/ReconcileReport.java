package io.simbridge.jobs;

import java.util.List;

/**
 * What {@link BulkJobs#reconcile} did with a job's ambiguous rows.
 *
 * @param settled    rows whose effect was read back, now DONE
 * @param resent     rows whose effect was absent and which were sent again on request, in their
 *                   new state
 * @param unresolved rows still AMBIGUOUS, for a person to decide: additive writes (top up, SMS),
 *                   writes that cannot be read back, effects absent without a request to resend,
 *                   and SIMs whose state could not be read
 */
public record ReconcileReport(List<JobRow> settled, List<JobRow> resent, List<JobRow> unresolved) {

  /**
   * Freezes the record.
   *
   * @param settled    rows whose effect was read back, now DONE
   * @param resent     rows whose effect was absent and which were sent again on request
   * @param unresolved rows still AMBIGUOUS, for a person to decide
   */
  public ReconcileReport {
    settled = List.copyOf(settled);
    resent = List.copyOf(resent);
    unresolved = List.copyOf(unresolved);
  }
}
