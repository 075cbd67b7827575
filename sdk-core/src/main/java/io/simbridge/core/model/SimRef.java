package io.simbridge.core.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;

/**
 * "This SIM": identified by its ICCID, its MSISDN, both, or a provider-specific account id (such
 * as a freebit phone number in national form or share-group code). At least one is present.
 *
 * <p>Providers use whichever identifier they accept and refuse, before sending, a reference that
 * carries none they can use.
 *
 * @param iccid   the ICCID, if known
 * @param msisdn  the MSISDN, if known
 * @param account a provider-specific account id, if that is how the provider names it
 */
public record SimRef(Optional<Iccid> iccid, Optional<Msisdn> msisdn, Optional<String> account) {

  /**
   * Checks that at least one identifier is present.
   *
   * @param iccid   the ICCID, if known
   * @param msisdn  the MSISDN, if known
   * @param account a provider-specific account id, if that is how the provider names it
   */
  public SimRef {
    Objects.requireNonNull(iccid, "iccid");
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(account, "account");
    if (account.isPresent() && account.get().isBlank()) {
      throw new InvalidInputException(
          "account", "is blank", "a provider account id such as AAA0_00000000001");
    }
    if (iccid.isEmpty() && msisdn.isEmpty() && account.isEmpty()) {
      throw new InvalidInputException(
          "sim", "names no identifier", "an ICCID, an MSISDN or a provider account id");
    }
  }

  /**
   * @param iccid the ICCID digits
   * @return a reference by ICCID
   */
  public static SimRef iccid(String iccid) {
    return of(Iccid.of(iccid));
  }

  /**
   * @param msisdn the MSISDN digits
   * @return a reference by MSISDN
   */
  public static SimRef msisdn(String msisdn) {
    return of(Msisdn.of(msisdn));
  }

  /**
   * @param iccid the ICCID
   * @return a reference by ICCID
   */
  public static SimRef of(Iccid iccid) {
    return new SimRef(Optional.of(iccid), Optional.empty(), Optional.empty());
  }

  /**
   * @param msisdn the MSISDN
   * @return a reference by MSISDN
   */
  public static SimRef of(Msisdn msisdn) {
    return new SimRef(Optional.empty(), Optional.of(msisdn), Optional.empty());
  }

  /**
   * @param iccid  the ICCID
   * @param msisdn the MSISDN
   * @return a reference by both identifiers
   */
  public static SimRef of(Iccid iccid, Msisdn msisdn) {
    return new SimRef(Optional.of(iccid), Optional.of(msisdn), Optional.empty());
  }

  /**
   * @param account a provider-specific account id
   * @return a reference by provider account id
   */
  public static SimRef account(String account) {
    return new SimRef(
        Optional.empty(),
        Optional.empty(),
        Optional.of(Objects.requireNonNull(account, "account")));
  }

  /** @return a short label naming the SIM, the ICCID first when known */
  public String label() {
    return iccid
        .map(i -> "ICCID " + i)
        .or(() -> msisdn.map(m -> "MSISDN " + m))
        .orElseGet(() -> "account " + account.orElseThrow());
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
