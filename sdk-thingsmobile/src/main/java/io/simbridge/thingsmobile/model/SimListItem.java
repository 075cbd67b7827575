package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One SIM as simListLite lists it. Parts the answer leaves blank are empty; traffic and
 * {@code balance} are counted in bytes by the API.
 *
 * @param msisdn             {@code msisdn}
 * @param iccid              {@code iccid} (the SIM barcode)
 * @param status             {@code status}, one of the statuses the section documents or a new one
 * @param name               {@code name}
 * @param tag                {@code tag}
 * @param plan               {@code plan}, such as {@code Pay-per-use plan}
 * @param type               {@code type}, such as {@code AllInOne Sim}
 * @param automation         {@code automation}, such as {@code default}
 * @param country            {@code country}, such as {@code United States of America}
 * @param roamingProfile     {@code roamingProfile}, such as {@code TM-1}
 * @param activationDate     {@code activationDate}, provider local time
 * @param expirationDate     {@code expirationDate}, provider local time
 * @param lastConnectionDate {@code lastConnectionDate}, provider local time
 * @param balance            {@code balance}: data still available
 * @param dailyTraffic       {@code dailyTraffic}
 * @param monthlyTraffic     {@code monthlyTraffic}
 * @param totalTraffic       {@code totalTraffic} (named by the section, absent from its example)
 */
public record SimListItem(
    Msisdn msisdn,
    Iccid iccid,
    SimStatusValue status,
    Optional<String> name,
    Optional<String> tag,
    Optional<String> plan,
    Optional<String> type,
    Optional<String> automation,
    Optional<String> country,
    Optional<String> roamingProfile,
    Optional<LocalDateTime> activationDate,
    Optional<LocalDateTime> expirationDate,
    Optional<LocalDateTime> lastConnectionDate,
    Optional<DataVolume> balance,
    Optional<DataVolume> dailyTraffic,
    Optional<DataVolume> monthlyTraffic,
    Optional<DataVolume> totalTraffic) {

  /**
   * Validates the record.
   *
   * @param msisdn             {@code msisdn}
   * @param iccid              {@code iccid} (the SIM barcode)
   * @param status             {@code status}, one of the statuses the section documents or a new one
   * @param name               {@code name}
   * @param tag                {@code tag}
   * @param plan               {@code plan}, such as {@code Pay-per-use plan}
   * @param type               {@code type}, such as {@code AllInOne Sim}
   * @param automation         {@code automation}, such as {@code default}
   * @param country            {@code country}, such as {@code United States of America}
   * @param roamingProfile     {@code roamingProfile}, such as {@code TM-1}
   * @param activationDate     {@code activationDate}, provider local time
   * @param expirationDate     {@code expirationDate}, provider local time
   * @param lastConnectionDate {@code lastConnectionDate}, provider local time
   * @param balance            {@code balance}: data still available
   * @param dailyTraffic       {@code dailyTraffic}
   * @param monthlyTraffic     {@code monthlyTraffic}
   * @param totalTraffic       {@code totalTraffic} (named by the section, absent from its example)
   */
  public SimListItem {
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(iccid, "iccid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(automation, "automation");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(roamingProfile, "roamingProfile");
    Objects.requireNonNull(activationDate, "activationDate");
    Objects.requireNonNull(expirationDate, "expirationDate");
    Objects.requireNonNull(lastConnectionDate, "lastConnectionDate");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(dailyTraffic, "dailyTraffic");
    Objects.requireNonNull(monthlyTraffic, "monthlyTraffic");
    Objects.requireNonNull(totalTraffic, "totalTraffic");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
