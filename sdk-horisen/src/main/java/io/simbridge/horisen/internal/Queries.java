package io.simbridge.horisen.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceFilterField;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.ControlReportFilterField;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.CustomerInvoiceFilterField;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterField;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import io.simbridge.horisen.model.TrafficReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Turns each endpoint's arguments into a {@link ReportQuery}, validating them first: nothing
 * invalid is sent.
 */
public final class Queries {
  private static final DateTimeFormatter WIRE_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static final PageReader<TrafficReport> CUSTOMER_INVOICE_PAGES =
      PageReader.of(ReportRows.TrafficReportRow.class);
  private static final PageReader<ControlInvoiceTrafficReport> CONTROL_INVOICE_PAGES =
      PageReader.of(ReportRows.ControlInvoiceTrafficReportRow.class);
  private static final PageReader<CustTrafficReport> CUSTOMER_REPORT_PAGES =
      PageReader.of(ReportRows.CustTrafficReportRow.class);
  private static final PageReader<ContTrafficReport> CONTROL_REPORT_PAGES =
      PageReader.of(ReportRows.ContTrafficReportRow.class);
  private static final PageReader<OverallTraffic> OVERALL_PAGES = PageReader.of(ReportRows.OverallTrafficRow.class);

  /** How a customer or control report is asked for. */
  public enum Output {
    /** JSON pages (the API's default; {@code outputFormat} is not sent). */
    JSON,
    /** One CSV file ({@code outputFormat=csv}). */
    CSV
  }

  private Queries() {}

  /**
   * @param invoiceId the customer invoice ID, positive
   * @param filter    conditions
   * @return {@code GET /customer-invoices/{invoiceId}/traffic-reports}
   */
  public static ReportQuery<TrafficReport> customerInvoice(long invoiceId, Filter<CustomerInvoiceFilterField> filter) {
    return new ReportQuery<>(Operations.CUSTOMER_INVOICE_TRAFFIC_REPORTS,
        "/customer-invoices/" + requireInvoiceId(invoiceId) + "/traffic-reports",
        filtered(filter), CUSTOMER_INVOICE_PAGES);
  }

  /**
   * @param invoiceId the control invoice ID, positive
   * @param filter    conditions
   * @return {@code GET /control-invoices/{invoiceId}/traffic-reports}
   */
  public static ReportQuery<ControlInvoiceTrafficReport> controlInvoice(long invoiceId,
      Filter<ControlInvoiceFilterField> filter) {
    return new ReportQuery<>(Operations.CONTROL_INVOICE_TRAFFIC_REPORTS,
        "/control-invoices/" + requireInvoiceId(invoiceId) + "/traffic-reports",
        filtered(filter), CONTROL_INVOICE_PAGES);
  }

  /**
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions
   * @param output    JSON or CSV
   * @return {@code GET /customer-traffic-reports}
   */
  public static ReportQuery<CustTrafficReport> customerReport(LocalDate startDate, LocalDate endDate,
      Filter<CustomerReportFilterField> filter, Output output) {
    return new ReportQuery<>(Operations.CUSTOMER_TRAFFIC_REPORTS, "/customer-traffic-reports",
        period(startDate, endDate, filter, output), CUSTOMER_REPORT_PAGES);
  }

  /**
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions
   * @param output    JSON or CSV
   * @return {@code GET /control-traffic-reports}
   */
  public static ReportQuery<ContTrafficReport> controlReport(LocalDate startDate, LocalDate endDate,
      Filter<ControlReportFilterField> filter, Output output) {
    return new ReportQuery<>(Operations.CONTROL_TRAFFIC_REPORTS, "/control-traffic-reports",
        period(startDate, endDate, filter, output), CONTROL_REPORT_PAGES);
  }

  /**
   * @param request the validated request
   * @return {@code GET /overall-traffic-reports}, its parameters in the documentation's order
   */
  public static ReportQuery<OverallTraffic> overall(OverallTrafficRequest request) {
    Objects.requireNonNull(request, "request");
    QueryString q = new QueryString()
        .addDateTime("startDt", wire(request.startDt()))
        .addDateTime("endDt", wire(request.endDt()));
    request.grain().ifPresent(g -> q.add("grain", g.apiName()));
    if (!request.embed().isEmpty()) {
      q.addList("embed", names(request.embed()));
    }
    if (!request.groupBy().isEmpty()) {
      q.addList("groupBy", names(request.groupBy()));
    }
    if (!request.sort().isEmpty()) {
      q.addList("sort", request.sort().stream().map(Sort::apiValue).toList());
    }
    q.addFilter(request.filter());
    return new ReportQuery<>(Operations.OVERALL_TRAFFIC_REPORTS, "/overall-traffic-reports", q.parameters(),
        OVERALL_PAGES);
  }

  /** The request has already cut the value to whole seconds and an offset of whole minutes. */
  static String wire(OffsetDateTime t) {
    return WIRE_DATE_TIME.format(t);
  }

  private static List<String> names(List<OverallField> fields) {
    return fields.stream().map(OverallField::apiName).toList();
  }

  private static long requireInvoiceId(long invoiceId) {
    if (invoiceId < 1) {
      throw new InvalidInputException("invoiceId", "is " + invoiceId, "a positive invoice ID");
    }
    return invoiceId;
  }

  private static <F extends FilterField> List<String> filtered(Filter<F> filter) {
    return new QueryString().addFilter(Objects.requireNonNull(filter, "filter")).parameters();
  }

  private static <F extends FilterField> List<String> period(LocalDate startDate, LocalDate endDate, Filter<F> filter,
      Output output) {
    InputChecks.date("startDate", startDate);
    InputChecks.date("endDate", endDate);
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(output, "output");
    if (startDate.isAfter(endDate)) {
      throw new InvalidInputException("startDate", startDate + " is after endDate " + endDate,
          "a start date not after the end date");
    }
    QueryString q = new QueryString().add("startDate", startDate.toString()).add("endDate", endDate.toString());
    if (output == Output.CSV) {
      q.add("outputFormat", "csv");
    }
    return q.addFilter(filter).parameters();
  }
}
