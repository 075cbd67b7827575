package io.simbridge.horisen.internal;

import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceFilterField;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.ControlReportFilterField;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.CustomerInvoiceFilterField;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.FilterField;
import io.simbridge.horisen.model.FilterOperator;
import io.simbridge.horisen.model.HorisenOperation;
import io.simbridge.horisen.model.OverallField;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.Sort;
import io.simbridge.horisen.model.TrafficReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds each endpoint's wire request, a {@link ReportQuery}, from its arguments, checked first
 * ({@link Checks}): nothing invalid is sent.
 */
public final class Requests {
  private static final DateTimeFormatter WIRE_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static final PageReader<TrafficReport> CUSTOMER_INVOICE_PAGES =
      PageReader.of(Answers.TrafficReportRow.class);
  private static final PageReader<ControlInvoiceTrafficReport> CONTROL_INVOICE_PAGES =
      PageReader.of(Answers.ControlInvoiceTrafficReportRow.class);
  private static final PageReader<CustTrafficReport> CUSTOMER_REPORT_PAGES =
      PageReader.of(Answers.CustTrafficReportRow.class);
  private static final PageReader<ContTrafficReport> CONTROL_REPORT_PAGES =
      PageReader.of(Answers.ContTrafficReportRow.class);
  private static final PageReader<OverallTraffic> OVERALL_PAGES =
      PageReader.of(OverallTrafficRow.class);

  /** How a customer or control report is asked for. */
  public enum Output {
    /** JSON pages (the API's default; {@code outputFormat} is not sent). */
    JSON,
    /** One CSV file ({@code outputFormat=csv}). */
    CSV
  }

  private Requests() {}

  /**
   * @param invoiceId the customer invoice ID, positive
   * @param filter    conditions
   * @return {@code GET /customer-invoices/{invoiceId}/traffic-reports}
   */
  public static ReportQuery<TrafficReport> customerInvoice(
      long invoiceId, Filter<CustomerInvoiceFilterField> filter) {
    return query(
        HorisenOperation.CUSTOMER_INVOICE_TRAFFIC_REPORTS,
        "/customer-invoices/" + Checks.invoiceId(invoiceId) + "/traffic-reports",
        filtered(filter),
        CUSTOMER_INVOICE_PAGES);
  }

  /**
   * @param invoiceId the control invoice ID, positive
   * @param filter    conditions
   * @return {@code GET /control-invoices/{invoiceId}/traffic-reports}
   */
  public static ReportQuery<ControlInvoiceTrafficReport> controlInvoice(
      long invoiceId, Filter<ControlInvoiceFilterField> filter) {
    return query(
        HorisenOperation.CONTROL_INVOICE_TRAFFIC_REPORTS,
        "/control-invoices/" + Checks.invoiceId(invoiceId) + "/traffic-reports",
        filtered(filter),
        CONTROL_INVOICE_PAGES);
  }

  /**
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions
   * @param output    JSON or CSV
   * @return {@code GET /customer-traffic-reports}
   */
  public static ReportQuery<CustTrafficReport> customerReport(
      LocalDate startDate,
      LocalDate endDate,
      Filter<CustomerReportFilterField> filter,
      Output output) {
    return query(
        HorisenOperation.CUSTOMER_TRAFFIC_REPORTS,
        "/customer-traffic-reports",
        period(startDate, endDate, filter, output),
        CUSTOMER_REPORT_PAGES);
  }

  /**
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions
   * @param output    JSON or CSV
   * @return {@code GET /control-traffic-reports}
   */
  public static ReportQuery<ContTrafficReport> controlReport(
      LocalDate startDate,
      LocalDate endDate,
      Filter<ControlReportFilterField> filter,
      Output output) {
    return query(
        HorisenOperation.CONTROL_TRAFFIC_REPORTS,
        "/control-traffic-reports",
        period(startDate, endDate, filter, output),
        CONTROL_REPORT_PAGES);
  }

  /**
   * @param request the validated request
   * @return {@code GET /overall-traffic-reports}, its parameters in the documentation's order
   */
  public static ReportQuery<OverallTraffic> overall(OverallTrafficRequest request) {
    Objects.requireNonNull(request, "request");
    QueryString q =
        new QueryString()
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
    return query(
        HorisenOperation.OVERALL_TRAFFIC_REPORTS,
        "/overall-traffic-reports",
        q.parameters(),
        OVERALL_PAGES);
  }

  /** The request has already cut the value to whole seconds and an offset of whole minutes. */
  static String wire(OffsetDateTime t) {
    return WIRE_DATE_TIME.format(t);
  }

  private static List<String> names(List<OverallField> fields) {
    return fields.stream().map(OverallField::apiName).toList();
  }

  private static <T> ReportQuery<T> query(
      HorisenOperation operation, String path, List<String> parameters, PageReader<T> pages) {
    return new ReportQuery<>(OperationSpec.of(operation), path, parameters, pages);
  }

  private static <F extends FilterField> List<String> filtered(Filter<F> filter) {
    return new QueryString().addFilter(Objects.requireNonNull(filter, "filter")).parameters();
  }

  private static <F extends FilterField> List<String> period(
      LocalDate startDate, LocalDate endDate, Filter<F> filter, Output output) {
    Checks.period(startDate, endDate);
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(output, "output");
    QueryString q =
        new QueryString().add("startDate", startDate.toString()).add("endDate", endDate.toString());
    if (output == Output.CSV) {
      q.add("outputFormat", "csv");
    }
    return q.addFilter(filter).parameters();
  }

  /**
   * Builds a query string in the documentation's spelling: lists comma-separated with bare commas
   * ({@code embed=countryName,inSmsCnt}), date-times with bare colons, filter parameters as
   * {@code operator(field)=value} with bare parentheses, {@code eq} as {@code field=value}. Every
   * other reserved character is percent-encoded, {@code +} included (as {@code %2B}), so that a
   * {@code +02:00} offset is not read as a space.
   */
  private static final class QueryString {
    private final List<String> parameters = new ArrayList<>();

    /** Adds a value whose reserved characters are all encoded. */
    QueryString add(String name, String value) {
      return addRaw(name, Urls.encodeQuery(value, ""));
    }

    /** Adds a date-time, keeping its colons as the documentation writes them. */
    QueryString addDateTime(String name, String isoValue) {
      return addRaw(name, Urls.encodeQuery(isoValue, ":"));
    }

    /** Adds a comma-separated list; the values themselves contain no comma. */
    QueryString addList(String name, List<String> values) {
      return addRaw(
          name, values.stream().map(v -> Urls.encodeQuery(v, "")).collect(Collectors.joining(",")));
    }

    <F extends FilterField> QueryString addFilter(Filter<F> filter) {
      for (Filter.Condition<F> c : filter.conditions()) {
        String name =
            c.operator() == FilterOperator.EQ
                ? c.field().apiName()
                : c.operator().apiName() + "(" + c.field().apiName() + ")";
        // Operators without value are sent as "isnull(field)=": an explicit empty value.
        addList(name, c.values());
      }
      filter.search().ifPresent(q -> add("q", q));
      return this;
    }

    private QueryString addRaw(String name, String encodedValue) {
      parameters.add(Urls.encodeQuery(name, "()") + "=" + encodedValue);
      return this;
    }

    List<String> parameters() {
      return List.copyOf(parameters);
    }
  }
}
