package io.simbridge.m2miportal.model;

/**
 * The statuses {@code set_status} can set. It allows or prevents traffic without changing the
 * SIM's group or tariff; a closed SIM cannot be set back to either.
 */
public enum SettableStatus {
  /** Allows traffic: sent as {@code active}. */
  ACTIVE("active"),
  /** Prevents traffic: sent as {@code de-activated}. */
  DE_ACTIVATED("de-activated");

  private final String wireValue;

  SettableStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value sent in the request's {@code <status>} element.
   *
   * @return the value sent in the request's {@code <status>} element
   */
  public String wireValue() {
    return wireValue;
  }
}
