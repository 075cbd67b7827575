package io.simbridge.thingsmobile.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The SIM statuses the simListLite section documents, grouped as its {@code status} filter
 * groups them, plus {@link #UNRECOGNISED} for any status the documentation does not list.
 * {@link SimStatusValue} keeps the raw value next to the code.
 */
public enum SimStatusCode {
  /** {@code not-active} (simStatus writes {@code not active}). */
  NOT_ACTIVE("not-active", SimStatusGroup.TO_ACTIVATE),
  /** {@code active}. */
  ACTIVE("active", SimStatusGroup.ACTIVE),
  /** {@code active-waiting-initial-recharge}. */
  ACTIVE_WAITING_INITIAL_RECHARGE("active-waiting-initial-recharge", SimStatusGroup.ACTIVE),
  /** {@code suspended}. */
  SUSPENDED("suspended", SimStatusGroup.SUSPENDED),
  /** {@code replaced}. */
  REPLACED("replaced", SimStatusGroup.SUSPENDED),
  /** {@code deleted}. */
  DELETED("deleted", SimStatusGroup.SUSPENDED),
  /** {@code suspended-for-data}. */
  SUSPENDED_FOR_DATA("suspended-for-data", SimStatusGroup.SUSPENDED),
  /** {@code suspended-for-traffic}. */
  SUSPENDED_FOR_TRAFFIC("suspended-for-traffic", SimStatusGroup.SUSPENDED),
  /** {@code suspended-for-no-cash}. */
  SUSPENDED_FOR_NO_CASH("suspended-for-no-cash", SimStatusGroup.SUSPENDED),
  /** {@code suspended-for-country-disabled}. */
  SUSPENDED_FOR_COUNTRY_DISABLED("suspended-for-country-disabled", SimStatusGroup.SUSPENDED),
  /** {@code waiting-activation-fixed-ip}. */
  WAITING_ACTIVATION_FIXED_IP("waiting-activation-fixed-ip", SimStatusGroup.SUSPENDED),
  /** {@code suspended-for-traffic-limit-in-country}. */
  SUSPENDED_FOR_TRAFFIC_LIMIT_IN_COUNTRY(
      "suspended-for-traffic-limit-in-country", SimStatusGroup.SUSPENDED),
  /** {@code operation-in-progress}. */
  OPERATION_IN_PROGRESS("operation-in-progress", SimStatusGroup.SUSPENDED),
  /** {@code error-during-request}. */
  ERROR_DURING_REQUEST("error-during-request", SimStatusGroup.SUSPENDED),
  /** {@code pending-monthly-network-access-charge}. */
  PENDING_MONTHLY_NETWORK_ACCESS_CHARGE(
      "pending-monthly-network-access-charge", SimStatusGroup.SUSPENDED),
  /** {@code deactivated}. */
  DEACTIVATED("deactivated", SimStatusGroup.DEACTIVATED),
  /** A status the documentation does not list; see {@link SimStatusValue#raw()}. */
  UNRECOGNISED(null, null);

  private final String wireValue;
  private final SimStatusGroup group;

  SimStatusCode(String wireValue, SimStatusGroup group) {
    this.wireValue = wireValue;
    this.group = group;
  }

  /** {@return the documented spelling, empty for {@link #UNRECOGNISED}} */
  public Optional<String> wireValue() {
    return Optional.ofNullable(wireValue);
  }

  /** {@return the simListLite group the status belongs to, empty for {@link #UNRECOGNISED}} */
  public Optional<SimStatusGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Recognises a status as the API writes it. Case, surrounding spaces, and spaces or
   * underscores instead of hyphens are tolerated: simStatus documents {@code not active} where
   * simListLite documents {@code not-active}.
   *
   * @param raw the API's value
   * @return its code, {@link #UNRECOGNISED} when the documentation does not list it
   */
  public static SimStatusCode fromWire(String raw) {
    if (raw == null) {
      return UNRECOGNISED;
    }
    String normalised = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    for (SimStatusCode c : values()) {
      if (normalised.equals(c.wireValue)) {
        return c;
      }
    }
    return UNRECOGNISED;
  }
}
