package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One SIM as simStatus reports it, with one page of its CDRs. Parts the answer leaves blank are
 * empty.
 *
 * <p>Traffic and {@code balance} are counted in bytes by the API. The three thresholds are read in
 * bytes too, although setupSimTrafficThreeshold sets them in MB: section 4 says the API returns
 * amounts in bytes, the documented example ({@code 1000000}, {@code 2000000}, {@code 3000000})
 * would be a daily threshold of a terabyte in MB, and public clients of this API read them as
 * bytes. Each threshold also keeps the number exactly as the provider sent it
 * ({@link #rawDailyTrafficThreshold()} and its siblings), so a caller who knows another unit
 * applies it: {@code DataVolume.of(raw, DataUnit.MEBIBYTE)}.
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
 * @param dailyTrafficThreshold       {@code dailyTrafficThreshold}, read as bytes
 * @param rawDailyTrafficThreshold    {@code dailyTrafficThreshold} as the provider sent it
 * @param blockSimDaily               {@code blockSimDaily}: block the SIM at the daily threshold
 * @param monthlyTrafficThreshold     {@code monthlyTrafficThreshold}, read as bytes
 * @param rawMonthlyTrafficThreshold  {@code monthlyTrafficThreshold} as the provider sent it
 * @param blockSimMonthly             {@code blockSimMonthly}
 * @param totalTrafficThreshold       {@code totalTrafficThreshold}, read as bytes
 * @param rawTotalTrafficThreshold    {@code totalTrafficThreshold} as the provider sent it
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
    OptionalLong rawDailyTrafficThreshold,
    Optional<Boolean> blockSimDaily,
    Optional<DataVolume> monthlyTrafficThreshold,
    OptionalLong rawMonthlyTrafficThreshold,
    Optional<Boolean> blockSimMonthly,
    Optional<DataVolume> totalTrafficThreshold,
    OptionalLong rawTotalTrafficThreshold,
    Optional<Boolean> blockSimTotal,
    List<Cdr> cdrs) {

  /**
   * Validates and freezes the record.
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
   * @param dailyTrafficThreshold       {@code dailyTrafficThreshold}, read as bytes
   * @param rawDailyTrafficThreshold    {@code dailyTrafficThreshold} as the provider sent it
   * @param blockSimDaily               {@code blockSimDaily}: block the SIM at the daily threshold
   * @param monthlyTrafficThreshold     {@code monthlyTrafficThreshold}, read as bytes
   * @param rawMonthlyTrafficThreshold  {@code monthlyTrafficThreshold} as the provider sent it
   * @param blockSimMonthly             {@code blockSimMonthly}
   * @param totalTrafficThreshold       {@code totalTrafficThreshold}, read as bytes
   * @param rawTotalTrafficThreshold    {@code totalTrafficThreshold} as the provider sent it
   * @param blockSimTotal               {@code blockSimTotal}
   * @param cdrs                        the requested page of the SIM's CDRs
   */
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
    requireSameThreshold("dailyTrafficThreshold", dailyTrafficThreshold, rawDailyTrafficThreshold);
    Objects.requireNonNull(blockSimDaily, "blockSimDaily");
    requireSameThreshold(
        "monthlyTrafficThreshold", monthlyTrafficThreshold, rawMonthlyTrafficThreshold);
    Objects.requireNonNull(blockSimMonthly, "blockSimMonthly");
    requireSameThreshold("totalTrafficThreshold", totalTrafficThreshold, rawTotalTrafficThreshold);
    Objects.requireNonNull(blockSimTotal, "blockSimTotal");
    cdrs = List.copyOf(cdrs);
  }

  // The raw number and its reading are one value: both present or both absent.
  private static void requireSameThreshold(
      String name, Optional<DataVolume> volume, OptionalLong raw) {
    Objects.requireNonNull(volume, name);
    Objects.requireNonNull(raw, "raw " + name);
    if (volume.isPresent() != raw.isPresent()) {
      throw new IllegalArgumentException(
          name + " and its raw value must both be present or both be absent");
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
