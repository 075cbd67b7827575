package io.simbridge.jobs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How far a job has come.
 *
 * @param name   the job's name
 * @param write  its write
 * @param state  whether workers may take more rows
 * @param total  its number of SIMs
 * @param counts how many rows are in each state (every state present, zero included)
 */
public record JobProgress(
    String name, JobWrite write, JobState state, int total, Map<RowState, Integer> counts) {

  /**
   * Validates the record and fills in the states without rows.
   *
   * @param name   the job's name
   * @param write  its write
   * @param state  whether workers may take more rows
   * @param total  its number of SIMs
   * @param counts how many rows are in each state; a missing state counts zero
   */
  public JobProgress {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(state, "state");
    EnumMap<RowState, Integer> all = new EnumMap<>(RowState.class);
    for (RowState s : RowState.values()) {
      all.put(s, counts.getOrDefault(s, 0));
    }
    counts = java.util.Collections.unmodifiableMap(all);
  }

  /**
   * @param state a row state
   * @return how many rows are in it
   */
  public int count(RowState state) {
    return counts.get(state);
  }

  /** @return how many rows reached a final state */
  public int finished() {
    return total - count(RowState.PENDING) - count(RowState.IN_FLIGHT);
  }

  /** @return whether every row reached a final state */
  public boolean isFinished() {
    return finished() == total;
  }
}
