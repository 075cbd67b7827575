package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIM's state: the normalised {@link SimState}, the provider's raw value (such as
 * {@code suspended-for-traffic-limit-in-country}) and, for a suspended SIM, who caused it.
 *
 * @param state           the normalised state
 * @param rawState        the provider's value, unchanged
 * @param suspensionCause who suspended the SIM; present only when {@code state} is
 *                        {@link SimState#SUSPENDED}
 */
public record SimStatus(
    SimState state, String rawState, Optional<SuspensionCause> suspensionCause) {

  /**
   * Validates the record.
   *
   * @param state           the normalised state
   * @param rawState        the provider's value, unchanged
   * @param suspensionCause who suspended the SIM; present only when {@code state} is
   *                        {@link SimState#SUSPENDED}
   */
  public SimStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(rawState, "rawState");
    Objects.requireNonNull(suspensionCause, "suspensionCause");
    if (state == SimState.SUSPENDED && suspensionCause.isEmpty()) {
      suspensionCause = Optional.of(SuspensionCause.UNKNOWN);
    } else if (state != SimState.SUSPENDED) {
      suspensionCause = Optional.empty();
    }
  }

  /**
   * @param state    the normalised state
   * @param rawState the provider's value
   * @return a status; a suspended one has an unknown cause
   */
  public static SimStatus of(SimState state, String rawState) {
    return new SimStatus(state, rawState, Optional.empty());
  }

  /**
   * @param cause    who suspended the SIM
   * @param rawState the provider's value
   * @return a suspended status
   */
  public static SimStatus suspended(SuspensionCause cause, String rawState) {
    return new SimStatus(SimState.SUSPENDED, rawState, Optional.of(cause));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
