package io.simbridge.thingsmobile.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A SIM status as the API reported it: the raw value, unchanged, and the documented
 * {@link SimStatusCode} it stands for ({@link SimStatusCode#UNRECOGNISED} for a value the
 * documentation does not list, so a new status never breaks reading an answer).
 *
 * @param raw  the API's value, such as {@code suspended-for-no-cash}
 * @param code the documented status it stands for
 */
public record SimStatusValue(String raw, SimStatusCode code) {

  /**
   * Validates the record.
   *
   * @param raw  the API's value, such as {@code suspended-for-no-cash}
   * @param code the documented status it stands for
   */
  public SimStatusValue {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(code, "code");
  }

  /**
   * @param raw the API's value
   * @return the value with its recognised code
   */
  public static SimStatusValue of(String raw) {
    return new SimStatusValue(raw, SimStatusCode.fromWire(raw));
  }

  /** {@return the simListLite group of the status, empty when it is not recognised} */
  public Optional<SimStatusGroup> group() {
    return code.group();
  }

  /** {@return the raw value} */
  @Override
  public String toString() {
    return raw;
  }
}
