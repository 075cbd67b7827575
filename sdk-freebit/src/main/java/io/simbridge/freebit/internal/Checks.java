package io.simbridge.freebit.internal;

import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.freebit.model.FreebitAccount;
import java.util.Objects;

/**
 * What is checked before anything is sent to freebit, besides what {@link FreebitAccount}
 * checks of itself: the credentials a client is built with, and the account a neutral
 * {@link SimRef} names.
 */
public final class Checks {
  private static final String CREDENTIALS_ALLOWED = "either authKey(...) or oemCredentials(...)";

  private Checks() {}

  /**
   * Checks a credential freebit issued.
   *
   * @param field the credential's name, such as {@code authKey}
   * @param value the credential
   * @return it as a secret
   * @throws InvalidInputException if it is blank
   */
  public static Secret secret(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, "is blank", "the " + field + " freebit issued");
    }
    return Secret.of(value);
  }

  /**
   * Checks an OEM id.
   *
   * @param oemId the OEM id
   * @return it
   * @throws InvalidInputException if it is blank
   */
  public static String oemId(String oemId) {
    Objects.requireNonNull(oemId, "oemId");
    if (oemId.isBlank()) {
      throw new InvalidInputException("oemId", "is blank", "the OEM id freebit issued");
    }
    return oemId;
  }

  /**
   * Checks that exactly one way to authenticate was set.
   *
   * @param authKey whether an authKey was set
   * @param oem     whether OEM credentials were set
   * @throws InvalidInputException if none or both were set
   */
  public static void oneWayToAuthenticate(boolean authKey, boolean oem) {
    if (!authKey && !oem) {
      throw new InvalidInputException("credentials", "none set", CREDENTIALS_ALLOWED);
    }
    if (authKey && oem) {
      throw new InvalidInputException(
          "credentials", "both an authKey and OEM credentials are set", CREDENTIALS_ALLOWED);
    }
  }

  /**
   * The freebit account a reference names: its provider account as is (a phone number in
   * national form or a share-group code), else its MSISDN, which must be Japanese, in national
   * form. freebit knows no ICCIDs.
   *
   * @param sim the reference
   * @return the account
   * @throws InvalidInputException if the reference names no account freebit knows
   */
  public static FreebitAccount account(SimRef sim) {
    if (sim.account().isPresent()) {
      return FreebitAccount.of(sim.account().get());
    }
    if (sim.msisdn().isPresent()) {
      return FreebitAccount.ofMsisdn(sim.msisdn().get());
    }
    throw new InvalidInputException(
        "sim",
        sim.label() + " cannot be queried at freebit, which does not know ICCIDs",
        "a Japanese MSISDN (SimRef.msisdn(\"819012345678\")) or a freebit account (SimRef.account(\"09012345678\")"
            + " or SimRef.account(\"AAA0_00000000001\") for a share group)");
  }
}
