package io.simbridge.horisen;

import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.horisen.internal.CsvLayout;
import io.simbridge.horisen.internal.Paging;
import io.simbridge.horisen.internal.Requests;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.ControlInvoiceFilterField;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.ControlReportFilterField;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.CustomerInvoiceFilterField;
import io.simbridge.horisen.model.CustomerReportFilterField;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTraffic;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.ReportPage;
import io.simbridge.horisen.model.TrafficReport;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The HORISEN Traffic Report API v2: customer, control (supplier) and overall traffic reports,
 * under {@code https://api{separator}{platform_domain}/bulk/traffic-report/v2}.
 *
 * <pre>{@code
 * try (HorisenClient horisen = HorisenClient.builder()
 *     .platformDomain("example.com")
 *     .clientCredentials(clientId, clientSecret)
 *     .build()) {
 *   horisen.customerTrafficReports(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31),
 *           Filter.on(CustomerReportFilterField.class).startsWith(CustomerReportFilterField.COUNTRY_NAME, "Ger"))
 *       .forEach(row -> System.out.println(row.customerBriefName().orElse("?") + " " + row.totalAmount().orElse(null)));
 * }
 * }</pre>
 *
 * <p>Each list endpoint has a method for one page with its pagination metadata
 * ({@code ...Page}), and one for all rows as a lazy {@link PagedIterable} that fetches the next
 * page when the previous one is consumed, following {@code links.next} where the answer gives
 * one. The customer and control reports can also be read as CSV, streamed row by row.
 *
 * <p>Every endpoint is a read: transient failures (transport errors, HTTP 5xx including the
 * API's {@code INT_APP_ERROR}, 429) are retried within the retry policy. Errors map to
 * {@link io.simbridge.core.error.SimApiException} subtypes carrying the API's code and message:
 * {@code NOT_AUTHORIZED} to {@link io.simbridge.core.error.AuthenticationException} (after one new
 * token and replay), {@code REQUEST_ERROR} and the overall report's parameter errors to
 * {@link io.simbridge.core.error.InvalidRequestException}, {@code BULK_RATES_SETTINGS_NOTFOUND} and
 * {@code BULK_SETTINGS_NOT_FOUND} to {@link io.simbridge.core.error.NotFoundException},
 * {@code MAX_EXECUTION_TIME_EXCEEDED} to a {@link io.simbridge.core.error.ProviderErrorException}
 * that is not retried. Invalid arguments are refused before anything is sent, with an
 * {@link InvalidInputException}.
 *
 * <p>Thread-safe; share one instance per set of credentials and close it when done. The client
 * secret and every token are kept out of logs, exception messages and {@link #toString()}.
 */
public final class HorisenClient implements AutoCloseable {
  /** The provider id, {@code horisen}. */
  public static final String PROVIDER_ID = "horisen";

  private final HttpExecutor http;
  private final Paging api;
  private final String baseUrl;
  private final Optional<String> tokenUrl;
  private final String authentication;
  private final SimProvider view;

  private HorisenClient(
      Builder b, TransportOptions options, String baseUrl, Optional<String> tokenUrl) {
    Redactor redactor =
        Redactor.of(
            options.maskSubscriberIdsInLogs(), "client_secret", "access_token", "refresh_token");
    this.http = HttpExecutor.create(PROVIDER_ID, options, redactor);
    this.baseUrl = baseUrl;
    this.tokenUrl = tokenUrl;
    this.authentication = b.authentication();
    this.api = b.paging(http, options, redactor, baseUrl, tokenUrl);
    this.view = new HorisenSimProvider(this);
  }

  /**
   * Starts building a client.
   *
   * @return a builder; set the platform domain (or a base URL) and one way to authenticate
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One page of a customer invoice's traffic report
   * ({@code GET /customer-invoices/{invoiceId}/traffic-reports}).
   *
   * @param invoiceId  the customer invoice ID, positive
   * @param filter     conditions, {@link Filter#none()} for none
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata
   */
  public ReportPage<TrafficReport> customerInvoiceTrafficReportsPage(
      long invoiceId, Filter<CustomerInvoiceFilterField> filter, int pageNumber) {
    return api.page(Requests.customerInvoice(invoiceId, filter), pageNumber);
  }

  /**
   * Every row of a customer invoice's traffic report
   * ({@code GET /customer-invoices/{invoiceId}/traffic-reports}), fetched page by page.
   *
   * @param invoiceId the customer invoice ID, positive
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<TrafficReport> customerInvoiceTrafficReports(
      long invoiceId, Filter<CustomerInvoiceFilterField> filter) {
    return api.all(Requests.customerInvoice(invoiceId, filter));
  }

  /**
   * One page of the customer traffic report ({@code GET /customer-traffic-reports}).
   *
   * @param startDate  the first day
   * @param endDate    the last day, not before {@code startDate}
   * @param filter     conditions, {@link Filter#none()} for none
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata
   */
  public ReportPage<CustTrafficReport> customerTrafficReportsPage(
      LocalDate startDate,
      LocalDate endDate,
      Filter<CustomerReportFilterField> filter,
      int pageNumber) {
    return api.page(
        Requests.customerReport(startDate, endDate, filter, Requests.Output.JSON), pageNumber);
  }

  /**
   * Every row of the customer traffic report ({@code GET /customer-traffic-reports}), fetched
   * page by page.
   *
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<CustTrafficReport> customerTrafficReports(
      LocalDate startDate, LocalDate endDate, Filter<CustomerReportFilterField> filter) {
    return api.all(Requests.customerReport(startDate, endDate, filter, Requests.Output.JSON));
  }

  /**
   * The customer traffic report as CSV ({@code GET /customer-traffic-reports?outputFormat=csv}),
   * read row by row as the stream is consumed, so memory does not grow with the report. The
   * request is sent, and its answer's status and header line checked, before this returns.
   *
   * <pre>{@code
   * try (Stream<TrafficReportCsvRow> rows = horisen.customerTrafficReportsCsv(from, to, Filter.none())) {
   *   rows.forEach(...);
   * }
   * }</pre>
   *
   * <p>Close the stream (try-with-resources) to release the connection if it is not read to its
   * end. The call timeout covers the answer up to its header line, which is read before this
   * returns; after it, however large the report, only the read timeout bounds any silence.
   *
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, with the customer in the counterparty columns
   */
  public Stream<TrafficReportCsvRow> customerTrafficReportsCsv(
      LocalDate startDate, LocalDate endDate, Filter<CustomerReportFilterField> filter) {
    return api.csv(
        Requests.customerReport(startDate, endDate, filter, Requests.Output.CSV),
        CsvLayout.CUSTOMER);
  }

  /**
   * One page of a control invoice's traffic report
   * ({@code GET /control-invoices/{invoiceId}/traffic-reports}).
   *
   * @param invoiceId  the control invoice ID, positive
   * @param filter     conditions, {@link Filter#none()} for none
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata
   */
  public ReportPage<ControlInvoiceTrafficReport> controlInvoiceTrafficReportsPage(
      long invoiceId, Filter<ControlInvoiceFilterField> filter, int pageNumber) {
    return api.page(Requests.controlInvoice(invoiceId, filter), pageNumber);
  }

  /**
   * Every row of a control invoice's traffic report
   * ({@code GET /control-invoices/{invoiceId}/traffic-reports}), fetched page by page.
   *
   * @param invoiceId the control invoice ID, positive
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<ControlInvoiceTrafficReport> controlInvoiceTrafficReports(
      long invoiceId, Filter<ControlInvoiceFilterField> filter) {
    return api.all(Requests.controlInvoice(invoiceId, filter));
  }

  /**
   * One page of the control traffic report ({@code GET /control-traffic-reports}).
   *
   * @param startDate  the first day
   * @param endDate    the last day, not before {@code startDate}
   * @param filter     conditions, {@link Filter#none()} for none
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata
   */
  public ReportPage<ContTrafficReport> controlTrafficReportsPage(
      LocalDate startDate,
      LocalDate endDate,
      Filter<ControlReportFilterField> filter,
      int pageNumber) {
    return api.page(
        Requests.controlReport(startDate, endDate, filter, Requests.Output.JSON), pageNumber);
  }

  /**
   * Every row of the control traffic report ({@code GET /control-traffic-reports}), fetched page
   * by page.
   *
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<ContTrafficReport> controlTrafficReports(
      LocalDate startDate, LocalDate endDate, Filter<ControlReportFilterField> filter) {
    return api.all(Requests.controlReport(startDate, endDate, filter, Requests.Output.JSON));
  }

  /**
   * The control traffic report as CSV ({@code GET /control-traffic-reports?outputFormat=csv}),
   * streamed like {@link #customerTrafficReportsCsv}.
   *
   * @param startDate the first day
   * @param endDate   the last day, not before {@code startDate}
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, with the supplier in the counterparty columns; the caller closes the stream
   */
  public Stream<TrafficReportCsvRow> controlTrafficReportsCsv(
      LocalDate startDate, LocalDate endDate, Filter<ControlReportFilterField> filter) {
    return api.csv(
        Requests.controlReport(startDate, endDate, filter, Requests.Output.CSV),
        CsvLayout.SUPPLIER);
  }

  /**
   * One page of an overall traffic report ({@code GET /overall-traffic-reports}).
   *
   * @param request    the report to ask for
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata (which this endpoint writes in camel case)
   */
  public ReportPage<OverallTraffic> overallTrafficReportsPage(
      OverallTrafficRequest request, int pageNumber) {
    return api.page(Requests.overall(request), pageNumber);
  }

  /**
   * Every row of an overall traffic report ({@code GET /overall-traffic-reports}), fetched page by
   * page. Rows carry the fields of {@link OverallTrafficRequest#effectiveEmbed()}.
   *
   * @param request the report to ask for
   * @return the rows, lazily
   */
  public PagedIterable<OverallTraffic> overallTrafficReports(OverallTrafficRequest request) {
    return api.all(Requests.overall(request));
  }

  /**
   * This client seen through the provider-neutral API: customer, supplier and overall traffic
   * reports, and no SIM operation; closing it closes this client.
   *
   * @return the neutral view, the same instance on every call
   */
  public SimProvider asSimProvider() {
    return view;
  }

  /**
   * The API's base URL.
   *
   * @return the URL, such as {@code https://api.example.com/bulk/traffic-report/v2}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The OAuth2 token URL.
   *
   * @return the URL, when the client authenticates with client credentials
   */
  public Optional<String> tokenUrl() {
    return tokenUrl;
  }

  /** Stops new calls. Connections of a shared or user-supplied HTTP client stay open for others. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * Names the base URL and how the client authenticates, never a secret.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "HorisenClient["
        + baseUrl
        + ", "
        + authentication
        + tokenUrl.map(u -> " via " + u).orElse("")
        + "]";
  }

  /**
   * Builds a {@link HorisenClient}: the platform domain (or a base URL), one way to authenticate,
   * and the settings every provider shares ({@link ClientBuilder}); its setters are those of the
   * HORISEN settings.
   */
  public static final class Builder extends HorisenSettings {
    private Builder() {}

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidInputException if no or several ways to authenticate are set, the platform
     *     domain is missing without a base URL, or a URL is not allowed
     */
    public HorisenClient build() {
      requireOneWayToAuthenticate();
      TransportOptions options = TransportOptions.Bridge.of(this);
      return new HorisenClient(this, options, checkedBaseUrl(options), checkedTokenUrl(options));
    }
  }
}
