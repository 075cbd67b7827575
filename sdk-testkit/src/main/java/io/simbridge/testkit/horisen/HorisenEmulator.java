package io.simbridge.testkit.horisen;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * An emulator of the HORISEN Traffic Report API v2 and its OAuth2 token endpoint: client
 * credentials issue bearer tokens that expire on the emulator's clock, the five report endpoints
 * answer over generated rows with the URL filter language, paging (snake_case metadata with
 * links, camelCase for the overall report), JSON or CSV, and the overall report's grain, embed,
 * groupBy (with the documented automatic additions) and sort.
 *
 * <p>Give a client {@link #baseUrl()} as both its API base URL and its token host: the token
 * endpoint is {@code /oauth2/access-token}, the reports are under
 * {@code /bulk/traffic-report/v2} (recognised with or without that prefix). Credentials:
 * {@link #CLIENT_ID} and {@link #CLIENT_SECRET}.
 */
public final class HorisenEmulator extends ProviderEmulator<HorisenEmulator> {
  /** The client id the token endpoint accepts. */
  public static final String CLIENT_ID = "simbridge-client";

  /** The client secret the token endpoint accepts. */
  public static final String CLIENT_SECRET = "s3cr3t-Horisen-9f2";

  /** Operation names, for fault switches and request counts. */
  public static final String TOKEN = "accessToken";

  /** {@code GET /customer-invoices/{invoiceId}/traffic-reports}. */
  public static final String CUSTOMER_INVOICE_REPORTS = "customerInvoiceTrafficReports";

  /** {@code GET /customer-traffic-reports}. */
  public static final String CUSTOMER_REPORTS = "customerTrafficReports";

  /** {@code GET /control-invoices/{invoiceId}/traffic-reports}. */
  public static final String CONTROL_INVOICE_REPORTS = "controlInvoiceTrafficReports";

  /** {@code GET /control-traffic-reports}. */
  public static final String CONTROL_REPORTS = "controlTrafficReports";

  /** {@code GET /overall-traffic-reports}. */
  public static final String OVERALL_REPORTS = "overallTrafficReports";

  /** The overall report's groupable properties (the doc's "GroupBy available properties"). */
  public static final Set<String> OVERALL_GROUPABLE =
      Set.of(
          "msgDate",
          "accountDim",
          "billingAccountDim",
          "customerDim",
          "countryId",
          "operatorDim",
          "gateDim",
          "billingGateDim",
          "sellPrice",
          "sellCurrency",
          "buyPrice",
          "buyCurrency",
          "currency",
          "customerId",
          "customerBriefName",
          "billingAccountId",
          "billingAccountName",
          "supplierId",
          "supplierBriefName",
          "gateBillingAccountId",
          "gateBillingAccountName",
          "accountId",
          "accountName",
          "gateId",
          "gateName",
          "countryName",
          "countryCode2",
          "operatorId",
          "operatorName",
          "currencyCode",
          "sellCurrencyCode",
          "buyCurrencyCode",
          "mcc",
          "mnc",
          "isMobile",
          "msgDt");

  /** The overall report's aggregated properties. */
  public static final Set<String> OVERALL_AGGREGATED =
      Set.of(
          "sellAmount",
          "inSmsCnt",
          "inBilledSmsCnt",
          "buyAmount",
          "outSmsCnt",
          "outBilledSmsCnt",
          "sellAmountInCurr",
          "buyAmountInCurr",
          "intRequestCnt",
          "profit",
          "stProcessingCnt",
          "stSentCnt",
          "stRejectNackCnt",
          "stRejectRulesCnt",
          "stErrorCnt",
          "stUnknownCnt",
          "intCost");

  private final HorisenState state;
  private final HorisenAnswers answers;

  /** An emulator with the defaults of {@link #builder()}. */
  public HorisenEmulator() {
    this(builder());
  }

  private HorisenEmulator(Builder b) {
    super(b.clock);
    this.state = new HorisenState(b.reportRows, b.tokenLifetime, b.pageLinks);
    this.answers = new HorisenAnswers(state, b.clock, b.defaultPageSize, this::baseUrl);
  }

  /** @return a builder: 25 rows per customer and control report, tokens valid 1 hour, pages of 10 */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String providerId() {
    return "horisen";
  }

  /** @return the client id to configure a client with */
  public String clientId() {
    return CLIENT_ID;
  }

  /** @return the client secret to configure a client with */
  public String clientSecret() {
    return CLIENT_SECRET;
  }

  /** @return the token URL, on this emulator */
  public String tokenUrl() {
    return baseUrl() + "/oauth2/access-token";
  }

  /** Revokes every token issued so far, as if they had expired; the next call gets a 401. */
  public synchronized void revokeTokens() {
    state.revokeTokens();
  }

  /**
   * @param links whether pages carry {@code links.next} (true, the default) or only numbers, so
   *              that clients must ask for the next page by {@code page_number}
   */
  public synchronized void paginationLinks(boolean links) {
    state.pageLinks = links;
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest r) {
    String p = r.path();
    if (r.method().equals("POST") && p.endsWith("/oauth2/access-token")) {
      return Optional.of(TOKEN);
    }
    if (!r.method().equals("GET")) {
      return Optional.empty();
    }
    Matcher m = HorisenAnswers.INVOICE.matcher(p);
    if (m.matches()) {
      return Optional.of(
          m.group(1).equals("customer") ? CUSTOMER_INVOICE_REPORTS : CONTROL_INVOICE_REPORTS);
    }
    if (p.endsWith("/customer-traffic-reports")) {
      return Optional.of(CUSTOMER_REPORTS);
    }
    if (p.endsWith("/control-traffic-reports")) {
      return Optional.of(CONTROL_REPORTS);
    }
    return p.endsWith("/overall-traffic-reports") ? Optional.of(OVERALL_REPORTS) : Optional.empty();
  }

  @Override
  protected void resetState() {
    state.revokeTokens();
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    if (op.equals(TOKEN)) {
      return answers.token(r);
    }
    String auth = r.header("Authorization").orElse("");
    if (!auth.startsWith("Bearer ") || !state.valid(auth.substring(7), clock().instant())) {
      return answers.error(401, "NOT_AUTHORIZED", "Not authorized.");
    }
    return answers.answer(op, r);
  }

  /** Builds a {@link HorisenEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int reportRows = 25;
    private Duration tokenLifetime = Duration.ofHours(1);
    private int defaultPageSize = 10;
    private boolean pageLinks = true;

    private Builder() {}

    /**
     * @param clock the emulator's time: token expiry is measured with it
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param rows rows of each customer and control report
     * @return this builder
     */
    public Builder reportRows(int rows) {
      this.reportRows = rows;
      return this;
    }

    /**
     * @param lifetime how long an issued token is valid
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /**
     * @param size the page size when a request names none
     * @return this builder
     */
    public Builder defaultPageSize(int size) {
      this.defaultPageSize = size;
      return this;
    }

    /**
     * @param links whether pages carry {@code links.next}
     * @return this builder
     */
    public Builder paginationLinks(boolean links) {
      this.pageLinks = links;
      return this;
    }

    /** @return the emulator, not started */
    public HorisenEmulator build() {
      return new HorisenEmulator(this);
    }
  }
}
