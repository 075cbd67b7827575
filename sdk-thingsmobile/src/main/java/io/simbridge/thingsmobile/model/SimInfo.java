package io.simbridge.thingsmobile.model;

import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SIM as simStatus reports it, with one page of its CDRs. Parts the answer leaves blank are
 * empty.
 *
 * <p>Traffic and {@code balance} are counted in bytes by the API. The three thresholds are read
 * in MB of 1,048,576 bytes: the documentation lists the byte-counted fields and the thresholds
 * are not among them, and setupSimTrafficThreeshold sets the same thresholds in MB.
 *
 * @param msisdn                      {@code msisdn}
 * @param iccid                       {@code iccid}
 * @param status                      {@code status} ({@code active} or {@code not active})
 * @param name                        {@code name}
 * @param tag                         {@code tag}
 * @param plan                        {@code plan}, such as {@code default}
 * @param type                        {@code type}, such as {@code AllInOne Sim}
 * @param activationDate              {@code activationDate}, provider local time
 * @param expirationDate              {@code expirationDate}, provider local time
 * @param lastConnectionDate          {@code lastConnectionDate}, provider local time
 * @param blockSimAfterExpirationDate {@code blockSimAfterExpirationDate}
 * @param balance                     {@code balance}: data still available
 * @param dailyTraffic                {@code dailyTraffic}
 * @param monthlyTraffic              {@code monthlyTraffic}
 * @param totalTraffic                {@code totalTraffic}
 * @param dailyTrafficThreshold       {@code dailyTrafficThreshold}
 * @param blockSimDaily               {@code blockSimDaily}: block the SIM at the daily threshold
 * @param monthlyTrafficThreshold     {@code monthlyTrafficThreshold}
 * @param blockSimMonthly             {@code blockSimMonthly}
 * @param totalTrafficThreshold       {@code totalTrafficThreshold}
 * @param blockSimTotal               {@code blockSimTotal}
 * @param cdrs                        the requested page of the SIM's CDRs
 */
public record SimInfo(
    Msisdn msisdn,
    Iccid iccid,
    SimStatusValue status,
    Optional<String> name,
    Optional<String> tag,
    Optional<String> plan,
    Optional<String> type,
    Optional<LocalDateTime> activationDate,
    Optional<LocalDateTime> expirationDate,
    Optional<LocalDateTime> lastConnectionDate,
    Optional<Boolean> blockSimAfterExpirationDate,
    Optional<DataVolume> balance,
    Optional<DataVolume> dailyTraffic,
    Optional<DataVolume> monthlyTraffic,
    Optional<DataVolume> totalTraffic,
    Optional<DataVolume> dailyTrafficThreshold,
    Optional<Boolean> blockSimDaily,
    Optional<DataVolume> monthlyTrafficThreshold,
    Optional<Boolean> blockSimMonthly,
    Optional<DataVolume> totalTrafficThreshold,
    Optional<Boolean> blockSimTotal,
    List<Cdr> cdrs) {

  /** Validates and freezes the record. */
  public SimInfo {
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(iccid, "iccid");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(activationDate, "activationDate");
    Objects.requireNonNull(expirationDate, "expirationDate");
    Objects.requireNonNull(lastConnectionDate, "lastConnectionDate");
    Objects.requireNonNull(blockSimAfterExpirationDate, "blockSimAfterExpirationDate");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(dailyTraffic, "dailyTraffic");
    Objects.requireNonNull(monthlyTraffic, "monthlyTraffic");
    Objects.requireNonNull(totalTraffic, "totalTraffic");
    Objects.requireNonNull(dailyTrafficThreshold, "dailyTrafficThreshold");
    Objects.requireNonNull(blockSimDaily, "blockSimDaily");
    Objects.requireNonNull(monthlyTrafficThreshold, "monthlyTrafficThreshold");
    Objects.requireNonNull(blockSimMonthly, "blockSimMonthly");
    Objects.requireNonNull(totalTrafficThreshold, "totalTrafficThreshold");
    Objects.requireNonNull(blockSimTotal, "blockSimTotal");
    cdrs = List.copyOf(cdrs);
  }
}
