package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SuspensionCause;
import io.simbridge.thingsmobile.model.SimStatusGroup;
import io.simbridge.thingsmobile.model.SimStatusValue;

/**
 * Maps Things Mobile statuses to neutral states, following the provider's own grouping
 * (simListLite's status groups), so that a neutral state filter is exactly one provider filter.
 *
 * <p>Suspension causes: the {@code suspended-for-*} statuses and the pending network-access
 * charge say the provider suspended the SIM; so does {@code waiting-activation-fixed-ip}, a
 * provisioning step of the provider. A plain {@code suspended} does not say who: the
 * documentation never states that blockSim produces it, and a threshold or expiry block the user
 * configured may produce it too, so its cause is {@link SuspensionCause#UNKNOWN}, as are
 * {@code replaced}, {@code deleted}, {@code operation-in-progress} and
 * {@code error-during-request}.
 */
public final class NeutralStates {
  private NeutralStates() {}

  /**
   * @param status a Things Mobile status
   * @return the neutral status, keeping the raw value
   */
  public static SimStatus status(SimStatusValue status) {
    String raw = status.raw();
    return switch (status.code()) {
      case NOT_ACTIVE -> SimStatus.of(SimState.NOT_ACTIVATED, raw);
      case ACTIVE, ACTIVE_WAITING_INITIAL_RECHARGE -> SimStatus.of(SimState.ACTIVE, raw);
      case SUSPENDED_FOR_DATA,
          SUSPENDED_FOR_TRAFFIC,
          SUSPENDED_FOR_NO_CASH,
          SUSPENDED_FOR_COUNTRY_DISABLED,
          SUSPENDED_FOR_TRAFFIC_LIMIT_IN_COUNTRY,
          PENDING_MONTHLY_NETWORK_ACCESS_CHARGE,
          WAITING_ACTIVATION_FIXED_IP ->
          SimStatus.suspended(SuspensionCause.PROVIDER, raw);
      case SUSPENDED, REPLACED, DELETED, OPERATION_IN_PROGRESS, ERROR_DURING_REQUEST ->
          SimStatus.suspended(SuspensionCause.UNKNOWN, raw);
      case DEACTIVATED -> SimStatus.of(SimState.DEACTIVATED, raw);
      case UNRECOGNISED -> SimStatus.of(SimState.UNKNOWN, raw);
    };
  }

  /**
   * @param state a neutral state
   * @return the simListLite status group holding exactly the SIMs in that state
   */
  public static SimStatusGroup group(SimState state) {
    return switch (state) {
      case NOT_ACTIVATED -> SimStatusGroup.TO_ACTIVATE;
      case ACTIVE -> SimStatusGroup.ACTIVE;
      case SUSPENDED -> SimStatusGroup.SUSPENDED;
      case DEACTIVATED -> SimStatusGroup.DEACTIVATED;
      case UNKNOWN ->
          throw new InvalidInputException(
              "state",
              "UNKNOWN cannot be filtered by Things Mobile",
              "NOT_ACTIVATED, ACTIVE, SUSPENDED or DEACTIVATED (or no state filter)");
    };
  }
}
