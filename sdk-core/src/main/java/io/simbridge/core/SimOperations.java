package io.simbridge.core;

import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimRef;
import java.time.LocalDate;

/**
 * The lifecycle and settings of one SIM, across providers.
 *
 * <p>Every method is a write. A write whose answer was lost raises
 * {@link io.simbridge.core.error.AmbiguousOutcomeException} and is never repeated on its own.
 * A method the provider does not support raises {@link UnsupportedCapabilityException} before
 * any network call; check {@link #supports(Capability)} first.
 */
public interface SimOperations extends ProviderView {

  /**
   * Activates a SIM. Providers may need both identifiers (Things Mobile needs MSISDN and ICCID).
   *
   * @param sim the SIM
   */
  default void activate(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.ACTIVATE);
  }

  /**
   * Suspends (blocks) a SIM: it carries no traffic until resumed.
   *
   * @param sim the SIM
   */
  default void suspend(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SUSPEND);
  }

  /**
   * Resumes (unblocks) a suspended SIM.
   *
   * @param sim the SIM
   */
  default void resume(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.RESUME);
  }

  /**
   * Disconnects a SIM from the network, forcing it to attach again.
   *
   * @param sim the SIM
   */
  default void disconnect(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.DISCONNECT);
  }

  /**
   * Renames a SIM.
   *
   * @param sim  the SIM
   * @param name the new name, not blank
   */
  default void rename(SimRef sim, String name) {
    throw new UnsupportedCapabilityException(providerId(), Capability.RENAME);
  }

  /**
   * Sets a SIM's tag.
   *
   * @param sim the SIM
   * @param tag the new tag, not blank
   */
  default void tag(SimRef sim, String tag) {
    throw new UnsupportedCapabilityException(providerId(), Capability.TAG);
  }

  /**
   * Sets the date a SIM expires.
   *
   * @param sim             the SIM
   * @param date            the expiry date
   * @param suspendOnExpiry whether the provider disconnects and blocks the SIM on that date
   */
  default void setExpiry(SimRef sim, LocalDate date, boolean suspendOnExpiry) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SET_EXPIRY);
  }

  /**
   * Sets a SIM's daily, monthly and total traffic thresholds.
   *
   * @param sim    the SIM
   * @param limits the thresholds
   */
  default void setDataLimits(SimRef sim, DataLimits limits) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SET_DATA_LIMITS);
  }

  /**
   * Adds data to a SIM's balance.
   *
   * @param sim    the SIM
   * @param amount the data to add, in a unit the provider accepts
   */
  default void topUp(SimRef sim, DataVolume amount) {
    throw new UnsupportedCapabilityException(providerId(), Capability.TOP_UP);
  }

  /**
   * Sends an SMS to a SIM.
   *
   * @param sim  the SIM
   * @param text the message text, within the provider's length limit
   */
  default void sendSms(SimRef sim, String text) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SEND_SMS);
  }

  /**
   * Moves a SIM to another plan.
   *
   * @param sim    the SIM
   * @param planId the provider's plan id
   */
  default void changePlan(SimRef sim, String planId) {
    throw new UnsupportedCapabilityException(providerId(), Capability.CHANGE_PLAN);
  }
}
