package io.simbridge.cli;

import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.ProgressListener;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.WriteOutcome;
import java.util.List;

/**
 * Runs a write through {@link SimFleet#write}: routed per SIM, one write at a time per provider,
 * providers in parallel, nothing repeated. Not durable: a killed process leaves no record of which
 * SIMs were sent.
 */
final class FleetBulkWriter implements BulkWriter {
  private final SimFleet fleet;

  FleetBulkWriter(SimFleet fleet) {
    this.fleet = fleet;
  }

  @Override
  public List<WriteOutcome> run(WriteAction action, List<SimRef> sims, ProgressListener progress) {
    return fleet.write(sims, action.command(), action.call(), progress).results();
  }
}
