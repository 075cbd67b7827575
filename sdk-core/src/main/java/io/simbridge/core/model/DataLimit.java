package io.simbridge.core.model;

import java.util.Objects;

/**
 * A traffic threshold and what happens when it is reached.
 *
 * @param volume             the threshold
 * @param suspendWhenReached whether the provider suspends the SIM once it is reached
 */
public record DataLimit(DataVolume volume, boolean suspendWhenReached) {
  /**
   * Validates the record.
   *
   * @param volume             the threshold
   * @param suspendWhenReached whether the provider suspends the SIM once it is reached
   */
  public DataLimit {
    Objects.requireNonNull(volume, "volume");
  }
}
