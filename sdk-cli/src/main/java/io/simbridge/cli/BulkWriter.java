package io.simbridge.cli;

import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.ProgressListener;
import io.simbridge.fleet.WriteOutcome;
import java.util.List;

/**
 * Sends one write to many SIMs and reports one outcome per SIM. Every write command goes through
 * this interface and nothing else, so that a durable job runner (a journal row per SIM, resumable
 * after a crash) can replace {@link FleetBulkWriter} without touching the commands.
 */
interface BulkWriter {

  /**
   * @param action   the write
   * @param sims     the SIMs, each at most once
   * @param progress told after each SIM
   * @return one outcome per SIM, in the order given: done, failed or ambiguous; never repeated
   */
  List<WriteOutcome> run(WriteAction action, List<SimRef> sims, ProgressListener progress);
}
