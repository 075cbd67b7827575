package io.simbridge.examples;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterOperator;
import io.simbridge.horisen.model.Grain;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HORISEN's traffic reports: an overall report grouped by country, a filtered customer report,
 * the same report streamed as CSV, and supplier-side traffic through the neutral view.
 * {@code SIMBRIDGE_EXAMPLES_HORISEN_FROM} and {@code _TO} (ISO dates) choose the period.
 */
public final class HorisenExample {
  private HorisenExample() {}

  /**
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try (ExampleEnvironment env = new ExampleEnvironment(System.getenv())) {
      run(env, System.out);
    }
  }

  static void run(ExampleEnvironment env, PrintStream out) {
    Table.heading(out, "HORISEN - " + env.target("horisen"));
    LocalDate from =
        env.setting("HORISEN_FROM").map(LocalDate::parse).orElse(LocalDate.of(2024, 10, 1));
    LocalDate to =
        env.setting("HORISEN_TO").map(LocalDate::parse).orElse(LocalDate.of(2024, 10, 3));
    try (HorisenClient horisen = env.horisen()) {
      OverallTrafficRequest byCountry =
          OverallTrafficRequest.builder(
                  from.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                  to.atStartOfDay().atOffset(java.time.ZoneOffset.UTC))
              .grain(Grain.DAY)
              .embed(
                  OverallField.COUNTRY_NAME,
                  OverallField.IN_SMS_CNT,
                  OverallField.SELL_AMOUNT_IN_CURR)
              .groupBy(OverallField.COUNTRY_NAME)
              .sort(Sort.descending(OverallField.IN_SMS_CNT))
              .build();
      out.println(
          "overall report "
              + from
              + " to "
              + to
              + ", by country; the server also groups by "
              + byCountry.effectiveGroupBy().stream()
                  .filter(f -> f != OverallField.COUNTRY_NAME)
                  .map(OverallField::apiName)
                  .toList());
      Table overall = Table.of("country", "messages in", "sold", "currency");
      List<OverallTraffic> rows = horisen.overallTrafficReports(byCountry).stream().toList();
      rows.forEach(
          r -> overall.row(r.countryName(), r.inSmsCnt(), r.sellAmountInCurr(), r.currencyCode()));
      overall.print(out);

      Filter<CustomerReportFilterField> swiss =
          Filter.on(CustomerReportFilterField.class)
              .where(CustomerReportFilterField.COUNTRY_NAME, FilterOperator.STARTS_WITH, "Swi");
      List<CustTrafficReport> customers =
          horisen.customerTrafficReports(from, to, swiss).stream().limit(5).toList();
      out.println(
          "customer report, startswith(countryName)=Swi, first " + customers.size() + " rows");
      Table cust =
          Table.of("customer", "country", "operator", "MCC/MNC", "messages", "price", "amount");
      customers.forEach(
          r ->
              cust.row(
                  r.customerBriefName(),
                  r.countryName(),
                  r.operatorName(),
                  r.mcc().orElse("?") + "/" + r.mnc().orElse("?"),
                  r.inSmsCnt(),
                  r.sellPrice(),
                  r.totalAmount().map(a -> a + " " + r.sellCurrencyCode().orElse(""))));
      cust.print(out);

      try (Stream<TrafficReportCsvRow> csv =
          horisen.customerTrafficReportsCsv(from, to, Filter.none())) {
        long[] count = new long[1];
        Table csvTable = Table.of("customer", "country", "SMS", "amount");
        csv.forEach(
            r -> {
              if (count[0]++ < 3) {
                csvTable.row(r.counterpartyName(), r.country(), r.smsCount(), r.amount());
              }
            });
        out.println(
            "customer report as CSV, streamed row by row: " + count[0] + " rows, the first 3:");
        csvTable.print(out);
      }

      SimProvider neutral = horisen.asSimProvider();
      out.println("neutral view: supplier-side traffic, first 3 rows");
      Table supplier = Table.of("supplier", "country", "messages", "amount");
      neutral.supplierTraffic(from, to).stream()
          .limit(3)
          .forEach(r -> supplier.row(r.counterparty(), r.country(), r.messages(), r.amount()));
      supplier.print(out);
      long grouped =
          neutral
              .overallTraffic(
                  byCountry.startDt(),
                  byCountry.endDt(),
                  Set.of(ReportDimension.COUNTRY, ReportDimension.DATE))
              .stream()
              .count();
      out.println("neutral overall report by country and day: " + grouped + " rows");
    }
  }
}
