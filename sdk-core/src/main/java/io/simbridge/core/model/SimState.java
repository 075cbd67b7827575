package io.simbridge.core.model;

/**
 * A SIM's state, normalised across providers. {@link SimStatus} keeps the provider's raw value.
 */
public enum SimState {
  /** Delivered but never activated (Things Mobile "not-active"). */
  NOT_ACTIVATED,
  /** Activated and allowed to carry traffic (subject to credit and limits). */
  ACTIVE,
  /** Temporarily prevented from carrying traffic, by the user or the provider; can be resumed. */
  SUSPENDED,
  /**
   * Taken out of service. For some providers this is permanent (M2M iPortal "closed"): stop
   * calling for that SIM.
   */
  DEACTIVATED,
  /** A state the provider reported that simbridge does not know; see the raw value. */
  UNKNOWN
}
