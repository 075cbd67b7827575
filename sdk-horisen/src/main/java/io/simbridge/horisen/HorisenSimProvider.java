package io.simbridge.horisen;

import io.simbridge.core.Capability;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.ReportSide;
import io.simbridge.core.model.TrafficReportRow;
import io.simbridge.core.spi.AbstractSimProvider;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HORISEN through the neutral API: traffic reports only. Customer traffic is the customer
 * traffic report, supplier traffic the control traffic report, overall traffic the overall
 * traffic report by day; no SIM operation or query is supported.
 *
 * <p>Overall rows: the message count is {@code inSmsCnt} (messages received from customers), the
 * amount {@code sellAmountInCurr} in the platform currency ({@code currencyCode}), with no unit
 * price (a row aggregates several prices); the counterparty is the customer, or the supplier when
 * the rows are grouped by supplier and not by customer. Everything else stays available through
 * {@code unwrap(HorisenClient.class)}.
 */
final class HorisenSimProvider extends AbstractSimProvider<HorisenClient> {
  /** What this view supports. */
  static final Set<Capability> CAPABILITIES =
      Set.copyOf(
          EnumSet.of(
              Capability.CUSTOMER_TRAFFIC_REPORT,
              Capability.SUPPLIER_TRAFFIC_REPORT,
              Capability.OVERALL_TRAFFIC_REPORT));

  // What each neutral dimension groups by. COUNTRY and OPERATOR add their codes, which follow
  // from the name, so that the rows carry them without splitting groups further (except an
  // operator with several MNCs, which a network code rightly tells apart).
  private static final Map<ReportDimension, List<OverallField>> DIMENSIONS =
      Map.of(
          ReportDimension.DATE, List.of(OverallField.MSG_DATE),
          ReportDimension.COUNTRY, List.of(OverallField.COUNTRY_NAME, OverallField.COUNTRY_CODE2),
          ReportDimension.OPERATOR,
              List.of(OverallField.OPERATOR_NAME, OverallField.MCC, OverallField.MNC),
          ReportDimension.CUSTOMER, List.of(OverallField.CUSTOMER_BRIEF_NAME),
          ReportDimension.SUPPLIER, List.of(OverallField.SUPPLIER_BRIEF_NAME));

  // Built once per client: asSimProvider() returns the same instance.
  HorisenSimProvider(HorisenClient client) {
    super(HorisenClient.PROVIDER_ID, CAPABILITIES, client);
  }

  @Override
  public PagedIterable<TrafficReportRow> customerTraffic(LocalDate from, LocalDate to) {
    return client()
        .customerTrafficReports(from, to, Filter.none())
        .map(HorisenSimProvider::customerRow);
  }

  @Override
  public PagedIterable<TrafficReportRow> supplierTraffic(LocalDate from, LocalDate to) {
    return client()
        .controlTrafficReports(from, to, Filter.none())
        .map(HorisenSimProvider::supplierRow);
  }

  @Override
  public PagedIterable<TrafficReportRow> overallTraffic(
      OffsetDateTime from, OffsetDateTime to, Set<ReportDimension> groupBy) {
    Objects.requireNonNull(groupBy, "groupBy");
    OverallTrafficRequest.Builder request =
        OverallTrafficRequest.builder(from, to).grain(Grain.DAY);
    if (!groupBy.isEmpty()) {
      // Every embedded groupable field is grouped (the API would add it anyway), and the
      // platform currency is grouped explicitly rather than left to the API's rules.
      List<OverallField> fields = new ArrayList<>();
      EnumSet.copyOf(groupBy).forEach(d -> fields.addAll(DIMENSIONS.get(d)));
      fields.add(OverallField.CURRENCY_CODE);
      List<OverallField> embed = new ArrayList<>(fields);
      embed.add(OverallField.IN_SMS_CNT);
      embed.add(OverallField.SELL_AMOUNT_IN_CURR);
      request
          .embed(embed.toArray(OverallField[]::new))
          .groupBy(fields.toArray(OverallField[]::new));
    }
    OverallTrafficRequest built = request.build();
    return client().overallTrafficReports(built).map(row -> overallRow(row, built));
  }

  private static TrafficReportRow customerRow(CustTrafficReport r) {
    return located(
            TrafficReportRow.builder(ReportSide.CUSTOMER),
            r.countryName(),
            r.countryCode2(),
            r.operatorName(),
            r.mcc(),
            r.mnc())
        .periodStart(instant(r.startDt()))
        .periodEnd(instant(r.endDt()))
        .counterparty(r.customerBriefName().orElse(null))
        .messages(r.inSmsCnt().orElse(0))
        .unitPrice(r.sellPrice().orElse(null))
        .amount(money(r.totalAmount(), r.sellCurrencyCode()))
        .build();
  }

  private static TrafficReportRow supplierRow(ContTrafficReport r) {
    return located(
            TrafficReportRow.builder(ReportSide.SUPPLIER),
            r.countryName(),
            r.countryCode2(),
            r.operatorName(),
            r.mcc(),
            r.mnc())
        .periodStart(instant(r.startDt()))
        .periodEnd(instant(r.endDt()))
        .counterparty(r.supplierBriefName().orElse(null))
        .messages(r.outSmsCnt().orElse(0))
        .unitPrice(r.buyPrice().orElse(null))
        .amount(money(r.totalAmount(), r.buyCurrencyCode()))
        .build();
  }

  private static TrafficReportRow overallRow(OverallTraffic r, OverallTrafficRequest request) {
    TrafficReportRow.Builder row =
        located(
                TrafficReportRow.builder(ReportSide.OVERALL),
                r.countryName(),
                r.countryCode2(),
                r.operatorName(),
                r.mcc(),
                r.mnc())
            .date(r.msgDate().orElse(null))
            .counterparty(r.customerBriefName().or(r::supplierBriefName).orElse(null))
            .messages(r.inSmsCnt().orElse(0))
            .amount(money(r.sellAmountInCurr(), r.currencyCode()));
    if (r.msgDate().isEmpty()) {
      // Not split by day: the row covers the whole period asked for.
      row.periodStart(request.startDt().toInstant()).periodEnd(request.endDt().toInstant());
    }
    return row.build();
  }

  /** The network a row is about, named the same way in every report. */
  private static TrafficReportRow.Builder located(
      TrafficReportRow.Builder row,
      Optional<String> country,
      Optional<String> countryCode,
      Optional<String> operator,
      Optional<String> mcc,
      Optional<String> mnc) {
    return row.country(country.orElse(null))
        .countryCode(countryCode.orElse(null))
        .operator(operator.orElse(null))
        .mcc(mcc.orElse(null))
        .mnc(mnc.orElse(null));
  }

  private static Instant instant(Optional<OffsetDateTime> t) {
    return t.map(OffsetDateTime::toInstant).orElse(null);
  }

  private static Money money(Optional<BigDecimal> amount, Optional<String> currency) {
    return amount.isPresent() && currency.isPresent()
        ? new Money(amount.get(), currency.get())
        : null;
  }
}
