package io.simbridge.horisen;

import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TokenCache;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.horisen.internal.AccessTokens;
import io.simbridge.horisen.internal.CsvLayout;
import io.simbridge.horisen.internal.HorisenSimProvider;
import io.simbridge.horisen.internal.Operations;
import io.simbridge.horisen.internal.Queries;
import io.simbridge.horisen.internal.ReportApi;
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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
  private final ReportApi api;
  private final String baseUrl;
  private final Optional<String> tokenUrl;
  private final String authentication;
  private final SimProvider view;

  private HorisenClient(Builder b, TransportOptions options, String baseUrl, Optional<String> tokenUrl) {
    Redactor redactor = Redactor.of(options.maskSubscriberIdsInLogs(), "client_secret", "access_token", "refresh_token");
    this.http = HttpExecutor.create(PROVIDER_ID, options, redactor);
    this.baseUrl = baseUrl;
    this.tokenUrl = tokenUrl;
    CredentialSource credentials;
    if (b.clientId != null) {
      redactor.addSecret(b.clientSecret.reveal());
      credentials = new TokenCache(new AccessTokens(http, tokenUrl.orElseThrow(), b.clientId, b.clientSecret),
          http, options.callTimeout(), http.details(Operations.ACCESS_TOKEN.name()));
      this.authentication = "client credentials of " + b.clientId;
    } else if (b.accessToken != null) {
      redactor.addSecret(b.accessToken.reveal());
      credentials = CredentialSource.fixed(b.accessToken.reveal());
      this.authentication = "a fixed access token";
    } else {
      Supplier<String> supplier = b.tokenSupplier;
      credentials = CredentialSource.supplied(() -> {
        String token = supplier.get();
        redactor.addTemporarySecret(token);
        return token;
      });
      this.authentication = "supplied access tokens";
    }
    this.api = new ReportApi(http, credentials, baseUrl, b.pageSize == null ? OptionalInt.empty() : OptionalInt.of(b.pageSize));
    this.view = new HorisenSimProvider(this);
  }

  /** @return a builder; set the platform domain (or a base URL) and one way to authenticate */
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
  public ReportPage<TrafficReport> customerInvoiceTrafficReportsPage(long invoiceId,
      Filter<CustomerInvoiceFilterField> filter, int pageNumber) {
    return api.page(Queries.customerInvoice(invoiceId, filter), pageNumber);
  }

  /**
   * Every row of a customer invoice's traffic report
   * ({@code GET /customer-invoices/{invoiceId}/traffic-reports}), fetched page by page.
   *
   * @param invoiceId the customer invoice ID, positive
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<TrafficReport> customerInvoiceTrafficReports(long invoiceId,
      Filter<CustomerInvoiceFilterField> filter) {
    return api.all(Queries.customerInvoice(invoiceId, filter));
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
  public ReportPage<CustTrafficReport> customerTrafficReportsPage(LocalDate startDate, LocalDate endDate,
      Filter<CustomerReportFilterField> filter, int pageNumber) {
    return api.page(Queries.customerReport(startDate, endDate, filter, Queries.Output.JSON), pageNumber);
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
  public PagedIterable<CustTrafficReport> customerTrafficReports(LocalDate startDate, LocalDate endDate,
      Filter<CustomerReportFilterField> filter) {
    return api.all(Queries.customerReport(startDate, endDate, filter, Queries.Output.JSON));
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
  public Stream<TrafficReportCsvRow> customerTrafficReportsCsv(LocalDate startDate, LocalDate endDate,
      Filter<CustomerReportFilterField> filter) {
    return api.csv(Queries.customerReport(startDate, endDate, filter, Queries.Output.CSV), CsvLayout.CUSTOMER);
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
  public ReportPage<ControlInvoiceTrafficReport> controlInvoiceTrafficReportsPage(long invoiceId,
      Filter<ControlInvoiceFilterField> filter, int pageNumber) {
    return api.page(Queries.controlInvoice(invoiceId, filter), pageNumber);
  }

  /**
   * Every row of a control invoice's traffic report
   * ({@code GET /control-invoices/{invoiceId}/traffic-reports}), fetched page by page.
   *
   * @param invoiceId the control invoice ID, positive
   * @param filter    conditions, {@link Filter#none()} for none
   * @return the rows, lazily
   */
  public PagedIterable<ControlInvoiceTrafficReport> controlInvoiceTrafficReports(long invoiceId,
      Filter<ControlInvoiceFilterField> filter) {
    return api.all(Queries.controlInvoice(invoiceId, filter));
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
  public ReportPage<ContTrafficReport> controlTrafficReportsPage(LocalDate startDate, LocalDate endDate,
      Filter<ControlReportFilterField> filter, int pageNumber) {
    return api.page(Queries.controlReport(startDate, endDate, filter, Queries.Output.JSON), pageNumber);
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
  public PagedIterable<ContTrafficReport> controlTrafficReports(LocalDate startDate, LocalDate endDate,
      Filter<ControlReportFilterField> filter) {
    return api.all(Queries.controlReport(startDate, endDate, filter, Queries.Output.JSON));
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
  public Stream<TrafficReportCsvRow> controlTrafficReportsCsv(LocalDate startDate, LocalDate endDate,
      Filter<ControlReportFilterField> filter) {
    return api.csv(Queries.controlReport(startDate, endDate, filter, Queries.Output.CSV), CsvLayout.SUPPLIER);
  }

  /**
   * One page of an overall traffic report ({@code GET /overall-traffic-reports}).
   *
   * @param request    the report to ask for
   * @param pageNumber the page, from 1
   * @return the page and its pagination metadata (which this endpoint writes in camel case)
   */
  public ReportPage<OverallTraffic> overallTrafficReportsPage(OverallTrafficRequest request, int pageNumber) {
    return api.page(Queries.overall(request), pageNumber);
  }

  /**
   * Every row of an overall traffic report ({@code GET /overall-traffic-reports}), fetched page by
   * page. Rows carry the fields of {@link OverallTrafficRequest#effectiveEmbed()}.
   *
   * @param request the report to ask for
   * @return the rows, lazily
   */
  public PagedIterable<OverallTraffic> overallTrafficReports(OverallTrafficRequest request) {
    return api.all(Queries.overall(request));
  }

  /**
   * @return this client seen through the provider-neutral API: customer, supplier and overall
   *     traffic reports, and no SIM operation; closing it closes this client
   */
  public SimProvider asSimProvider() {
    return view;
  }

  /** @return the API's base URL, such as {@code https://api.example.com/bulk/traffic-report/v2} */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return the OAuth2 token URL, when the client authenticates with client credentials */
  public Optional<String> tokenUrl() {
    return tokenUrl;
  }

  /** Stops new calls. Connections of a shared or user-supplied HTTP client stay open for others. */
  @Override
  public void close() {
    http.close();
  }

  /** Names the base URL and how the client authenticates, never a secret. */
  @Override
  public String toString() {
    return "HorisenClient[" + baseUrl + ", " + authentication + tokenUrl.map(u -> " via " + u).orElse("") + "]";
  }

  /**
   * Builds a {@link HorisenClient}: the platform domain (or a base URL), one way to authenticate,
   * and the settings every provider shares ({@link ClientBuilder}).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private static final Pattern DOMAIN =
        Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private String platformDomain;
    private Separator separator = Separator.DOT;
    private String tokenUrl;
    private String clientId;
    private Secret clientSecret;
    private Secret accessToken;
    private Supplier<String> tokenSupplier;
    private Integer pageSize;

    private Builder() {
      super(PROVIDER_ID);
    }

    /**
     * @param domain your platform domain, such as {@code example.com}: the API is then at
     *               {@code https://api{separator}{domain}/bulk/traffic-report/v2} and tokens come
     *               from {@code https://accounts{separator}{domain}/oauth2/access-token}
     * @return this builder
     */
    public Builder platformDomain(String domain) {
      Objects.requireNonNull(domain, "platformDomain");
      if (!DOMAIN.matcher(domain).matches()) {
        throw new InvalidInputException("platformDomain", "'" + domain + "' is not a domain name",
            "a domain name such as example.com, without scheme, port or path");
      }
      this.platformDomain = domain;
      return this;
    }

    /** @param separator how host names join the platform domain (default {@link Separator#DOT}) @return this builder */
    public Builder separator(Separator separator) {
      this.separator = Objects.requireNonNull(separator, "separator");
      return this;
    }

    /**
     * Sends every call to this URL instead of {@code https://api{separator}{domain}/bulk/traffic-report/v2}.
     * It replaces the whole base, path included: {@code https://proxy.example/bulk/traffic-report/v2}.
     *
     * @param url the API's base URL; HTTPS unless the host is loopback or insecure HTTP is allowed
     * @return this builder
     */
    @Override
    public Builder baseUrl(String url) {
      return super.baseUrl(url);
    }

    /**
     * @param url the OAuth2 token endpoint; default
     *            {@code https://accounts{separator}{domain}/oauth2/access-token} (older platforms
     *            serve it on the API host: {@code https://api{separator}{domain}/oauth2/access-token})
     * @return this builder
     */
    public Builder tokenUrl(String url) {
      this.tokenUrl = Objects.requireNonNull(url, "tokenUrl");
      return this;
    }

    /**
     * Authenticates with the OAuth2 client credentials grant: a token is obtained when first
     * needed, kept until shortly before it expires, fetched once however many threads need it,
     * and renewed once (with a replay of the call) when the API answers 401.
     *
     * @param clientId     the client ID
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      this.clientId = requireText("clientId", clientId);
      this.clientSecret = Secret.of(requireText("clientSecret", clientSecret));
      return this;
    }

    /**
     * Authenticates with an access token you obtained yourself. It is never renewed: a 401 is
     * raised as an {@link io.simbridge.core.error.AuthenticationException} without a replay.
     *
     * @param token the bearer token
     * @return this builder
     */
    public Builder accessToken(String token) {
      if (!AccessTokens.travelsInAHeader(requireText("accessToken", token))) {
        throw new IllegalArgumentException("accessToken must be visible ASCII characters only (RFC 6750 allows "
            + "letters, digits and -._~+/=); it has a space or another character a header cannot carry");
      }
      this.accessToken = Secret.of(token);
      return this;
    }

    /**
     * Authenticates with tokens from your own supplier, asked for every call; after a 401 it is
     * asked once more and the call replayed once.
     *
     * @param supplier returns the current bearer token
     * @return this builder
     */
    public Builder accessTokenSupplier(Supplier<String> supplier) {
      this.tokenSupplier = Objects.requireNonNull(supplier, "accessTokenSupplier");
      return this;
    }

    /**
     * @param rows the rows per page to ask for ({@code page_size}); by default the server's own
     * @return this builder
     */
    public Builder pageSize(int rows) {
      if (rows < 1) {
        throw new InvalidInputException("pageSize", "is " + rows, "1 or more");
      }
      this.pageSize = rows;
      return this;
    }

    private static String requireText(String field, String value) {
      Objects.requireNonNull(value, field);
      if (value.isBlank()) {
        throw new InvalidInputException(field, "is blank", "a non-blank value");
      }
      return value;
    }

    /**
     * @return the client
     * @throws InvalidInputException if no or several ways to authenticate are set, the platform
     *     domain is missing without a base URL, or a URL is not allowed
     */
    public HorisenClient build() {
      int ways = (clientId != null ? 1 : 0) + (accessToken != null ? 1 : 0) + (tokenSupplier != null ? 1 : 0);
      if (ways != 1) {
        throw new InvalidInputException("credentials", ways == 0 ? "none is set" : "more than one is set",
            "exactly one of clientCredentials(id, secret), accessToken(token) or accessTokenSupplier(supplier)");
      }
      TransportOptions options = TransportOptions.Bridge.of(this);
      String sep = separator.symbol();
      if (baseUrlOverride().isEmpty() && platformDomain == null) {
        throw new InvalidInputException("platformDomain", "is not set", "platformDomain(\"example.com\"), or baseUrl(...)");
      }
      String base = Urls.requireAllowed("baseUrl",
          baseUrlOverride().orElseGet(() -> "https://api" + sep + platformDomain + "/bulk/traffic-report/v2"),
          options.allowInsecureHttp());
      Optional<String> token = Optional.empty();
      if (clientId != null) {
        if (tokenUrl == null && platformDomain == null) {
          throw new InvalidInputException("tokenUrl", "is not set, and no platform domain to derive it from",
              "tokenUrl(...) or platformDomain(...)");
        }
        token = Optional.of(Urls.requireAllowed("tokenUrl",
            tokenUrl != null ? tokenUrl : "https://accounts" + sep + platformDomain + "/oauth2/access-token",
            options.allowInsecureHttp()));
      }
      return new HorisenClient(this, options, base, token);
    }
  }
}
