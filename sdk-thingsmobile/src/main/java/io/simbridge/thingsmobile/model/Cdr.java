package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One CDR (usage record), as simStatus ({@code <cdr>}) and getCdrPaginated
 * ({@code <cdrPaginated>}) report it; the {@code cdr} prefix of the API's names is dropped.
 *
 * @param msisdn    {@code <cdrMsisdn>}: the SIM, reported by getCdrPaginated only
 * @param imsi      {@code <cdrImsi>}: the IMSI used, reported by simStatus only
 * @param dateStart {@code <cdrDateStart>}, provider local time
 * @param dateStop  {@code <cdrDateStop>}, provider local time
 * @param network   {@code <cdrNetwork>}, such as {@code Zone 1}
 * @param country   {@code <cdrCountry>}, such as {@code ESP}
 * @param operator  {@code <cdrOperator>}, such as {@code ESPVV}
 * @param traffic   {@code <cdrTraffic>}, counted in bytes by the API
 */
public record Cdr(
    Optional<Msisdn> msisdn,
    Optional<String> imsi,
    LocalDateTime dateStart,
    LocalDateTime dateStop,
    Optional<String> network,
    Optional<String> country,
    Optional<String> operator,
    DataVolume traffic) {

  /**
   * Validates the record.
   *
   * @param msisdn    {@code <cdrMsisdn>}: the SIM, reported by getCdrPaginated only
   * @param imsi      {@code <cdrImsi>}: the IMSI used, reported by simStatus only
   * @param dateStart {@code <cdrDateStart>}, provider local time
   * @param dateStop  {@code <cdrDateStop>}, provider local time
   * @param network   {@code <cdrNetwork>}, such as {@code Zone 1}
   * @param country   {@code <cdrCountry>}, such as {@code ESP}
   * @param operator  {@code <cdrOperator>}, such as {@code ESPVV}
   * @param traffic   {@code <cdrTraffic>}, counted in bytes by the API
   */
  public Cdr {
    Objects.requireNonNull(msisdn, "msisdn");
    Objects.requireNonNull(imsi, "imsi");
    Objects.requireNonNull(dateStart, "dateStart");
    Objects.requireNonNull(dateStop, "dateStop");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(traffic, "traffic");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
