package io.simbridge.core;

import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.CreditHistoryEntry;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.TrafficReportRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Account-level reports over a period, across providers: traffic reports and credit.
 *
 * <p>A method the provider does not support raises {@link UnsupportedCapabilityException} before
 * any network call. Reports are lazy: a page is fetched only when it is consumed.
 */
public interface ReportQueries extends ProviderView {

  /**
   * @param from the first day, inclusive
   * @param to   the last day, not before {@code from}
   * @return traffic received from customers, with what they are charged
   */
  default PagedIterable<TrafficReportRow> customerTraffic(LocalDate from, LocalDate to) {
    throw new UnsupportedCapabilityException(providerId(), Capability.CUSTOMER_TRAFFIC_REPORT);
  }

  /**
   * @param from the first day, inclusive
   * @param to   the last day, not before {@code from}
   * @return traffic sent to suppliers, with what they charge
   */
  default PagedIterable<TrafficReportRow> supplierTraffic(LocalDate from, LocalDate to) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SUPPLIER_TRAFFIC_REPORT);
  }

  /**
   * @param from    the start of the period
   * @param to      the end of the period, not before {@code from}
   * @param groupBy what to group the traffic by; empty for the provider's default grouping
   * @return both sides of the traffic, grouped as asked, by day
   */
  default PagedIterable<TrafficReportRow> overallTraffic(
      OffsetDateTime from, OffsetDateTime to, Set<ReportDimension> groupBy) {
    throw new UnsupportedCapabilityException(providerId(), Capability.OVERALL_TRAFFIC_REPORT);
  }

  /** @return the account's credit balance */
  default Money creditBalance() {
    throw new UnsupportedCapabilityException(providerId(), Capability.CREDIT_BALANCE);
  }

  /**
   * @param from the start of the range, inclusive
   * @param to   the end of the range, not before {@code from}
   * @return the movements of the account's credit in that range
   */
  default PagedIterable<CreditHistoryEntry> creditHistory(Instant from, Instant to) {
    throw new UnsupportedCapabilityException(providerId(), Capability.CREDIT_HISTORY);
  }
}
