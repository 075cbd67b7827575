package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;

/**
 * How many calls the fleet makes to one provider at once. The provider client's own call
 * limiter still spaces calls its documentation limits, so a higher read concurrency never breaks
 * a documented limit: extra calls wait their turn.
 *
 * @param reads  calls in flight for reads (default 4)
 * @param writes calls in flight for writes (default 1: one at a time)
 */
public record ProviderLimits(int reads, int writes) {
  /** 4 reads and 1 write at a time. */
  public static final ProviderLimits DEFAULT = new ProviderLimits(4, 1);

  /**
   * Validates the record.
   *
   * @param reads  calls in flight for reads, 1 to 64
   * @param writes calls in flight for writes, 1 to 64
   */
  public ProviderLimits {
    if (reads < 1 || reads > 64) {
      throw new InvalidInputException("reads", String.valueOf(reads), "1 to 64 calls in flight");
    }
    if (writes < 1 || writes > 64) {
      throw new InvalidInputException("writes", String.valueOf(writes), "1 to 64 calls in flight");
    }
  }
}
