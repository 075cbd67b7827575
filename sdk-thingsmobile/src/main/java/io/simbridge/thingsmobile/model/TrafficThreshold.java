package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import java.util.Objects;

/**
 * One traffic threshold of setupSimTrafficThreeshold: the limit, sent as a whole number of MB
 * of 1,048,576 bytes, and whether the SIM is blocked when it is reached.
 *
 * @param limit    the threshold, a whole number of MiB
 * @param blockSim whether the SIM is blocked once the threshold is exceeded
 */
public record TrafficThreshold(DataVolume limit, boolean blockSim) {

  /**
   * Validates the record.
   *
   * @param limit    the threshold, a whole number of MiB
   * @param blockSim whether the SIM is blocked once the threshold is exceeded
   */
  public TrafficThreshold {
    Objects.requireNonNull(limit, "limit");
  }

  /**
   * @param megabytes the threshold in MB (1 MB = 1,048,576 bytes), not negative
   * @param blockSim  whether to block the SIM once it is exceeded
   * @return the threshold
   */
  public static TrafficThreshold ofMegabytes(long megabytes, boolean blockSim) {
    if (megabytes < 0) {
      throw new InvalidInputException(
          "limit", "is negative (" + megabytes + " MB)", "0 or more MB (1 MB = 1,048,576 bytes)");
    }
    return new TrafficThreshold(DataVolume.of(megabytes, DataUnit.MEBIBYTE), blockSim);
  }
}
