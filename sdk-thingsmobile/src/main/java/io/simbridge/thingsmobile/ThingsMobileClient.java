package io.simbridge.thingsmobile;

import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.thingsmobile.internal.Answers;
import io.simbridge.thingsmobile.internal.Checks;
import io.simbridge.thingsmobile.internal.Errors;
import io.simbridge.thingsmobile.internal.Paging;
import io.simbridge.thingsmobile.internal.Requests;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.CustomPlan;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.ResultCapExceededException;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Things Mobile business API: one method per documented operation, in the provider's terms
 * and units, typed. Every call is a form POST carrying the username and token in its body (never
 * in the URL); on the {@link ThingsMobileEnvironment#TEST test host} it also carries HTTP basic
 * authentication.
 *
 * <pre>{@code
 * try (ThingsMobileClient tm = ThingsMobileClient.builder()
 *     .username("my-user").token(System.getenv("TM_TOKEN")).build()) {
 *   SimInfo sim = tm.simStatus(SimRef.msisdn("882360001975037"));
 *   tm.allSims(SimListQuery.ALL.withStatus(SimStatusGroup.SUSPENDED)).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Input is checked before anything is sent ({@link InvalidInputException}). The documented
 * call limits (5 s between two activateSim, simStatus, credit, getCdrPaginated or sendSms calls,
 * 1 s between two simListLite calls) are kept by waiting, or by failing fast if so configured.
 * Reads are retried on transient failures and on the provider's "too many requests" answer
 * (error 60) after the operation's interval; writes never are once they may have been sent.
 *
 * <p>Thread-safe; share one instance per account and close it when done.
 */
public final class ThingsMobileClient implements AutoCloseable {
  /** The provider id used in errors, logs and {@link io.simbridge.core.SimProviders}. */
  public static final String PROVIDER_ID = "thingsmobile";
  /**
   * The zone the neutral view reads the API's zoneless dates in unless told otherwise. The API
   * does not state one; Things Mobile is an Italian operator, so Italian time is the most
   * plausible server time.
   */
  public static final ZoneId DEFAULT_SERVER_ZONE = ZoneId.of("Europe/Rome");
  /** The sandbox username the documentation's testing section gives. */
  public static final String SANDBOX_USERNAME = "TMTEST";
  /** The sandbox token the documentation's testing section gives (public, sandbox only). */
  public static final String SANDBOX_TOKEN = "91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6";
  /** The HTTP basic-auth user of the test host, as documented. */
  public static final String TEST_BASIC_AUTH_USER = "test";
  /** The HTTP basic-auth password of the test host, as documented (public, sandbox only). */
  public static final String TEST_BASIC_AUTH_PASSWORD = "Thingsmobil3";

  /** The largest page simStatus returns (CDRs), as {@link ThingsMobileOperation#SIM_STATUS} declares it. */
  public static final int MAX_SIM_STATUS_PAGE_SIZE = ThingsMobileOperation.SIM_STATUS.maxPageSize().getAsInt();
  /** The largest page simListLite returns (SIMs). */
  public static final int MAX_SIM_LIST_PAGE_SIZE = ThingsMobileOperation.SIM_LIST_LITE.maxPageSize().getAsInt();
  /** The largest page credit returns (history rows). */
  public static final int MAX_CREDIT_PAGE_SIZE = ThingsMobileOperation.CREDIT.maxPageSize().getAsInt();
  /** The largest page getCdrPaginated returns (CDRs). */
  public static final int MAX_CDR_PAGE_SIZE = ThingsMobileOperation.GET_CDR_PAGINATED.maxPageSize().getAsInt();
  /** The most CDRs getCdrPaginated returns for one query. */
  public static final int MAX_CDRS_PER_QUERY = ThingsMobileOperation.GET_CDR_PAGINATED.resultCap().getAsInt();
  /** The most history rows credit returns for one query. */
  public static final int MAX_CREDIT_ROWS_PER_QUERY = ThingsMobileOperation.CREDIT.resultCap().getAsInt();

  private final ThingsMobileEnvironment environment;
  private final String baseUrl;
  private final Secret username;
  private final ZoneId serverZone;
  private final Requests requests;
  private final HttpExecutor http;
  private final SimProvider simProvider;

  private ThingsMobileClient(Builder b, TransportOptions options, String baseUrl) {
    this.environment = b.environment;
    this.baseUrl = baseUrl;
    this.username = b.username;
    this.serverZone = b.serverZone;
    Redactor redactor = Redactor.of(options.maskSubscriberIdsInLogs(), "token", "password", "username");
    redactor.addSecret(username.reveal());
    redactor.addSecret(b.token.reveal());
    Secret basicAuthorization = null;
    if (environment.usesBasicAuth()) {
      String pair = b.basicAuthUser + ":" + b.basicAuthPassword.reveal();
      String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      basicAuthorization = Secret.of("Basic " + encoded);
      redactor.addSecret(b.basicAuthPassword.reveal());
      redactor.addSecret(encoded);
    }
    this.requests = new Requests(baseUrl, username, b.token, basicAuthorization);
    this.http = HttpExecutor.create(PROVIDER_ID, options, redactor);
    this.simProvider = new ThingsMobileSimProvider(this);
  }

  /** @return a builder for the production host; see {@link Builder#sandbox()} for the sandbox */
  public static Builder builder() {
    return new Builder();
  }

  // ---- 4.1 to 4.4: lifecycle --------------------------------------------------------------

  /**
   * 4.1 activateSim: activates a SIM, sent as multipart form data as documented.
   *
   * @param msisdn     the SIM's number
   * @param simBarcode the SIM's ICCID (barcode), 19 or 20 digits
   */
  public void activateSim(Msisdn msisdn, Iccid simBarcode) {
    Objects.requireNonNull(msisdn, "msisdn");
    Checks.iccid("simBarcode", simBarcode);
    send(ThingsMobileOperation.ACTIVATE_SIM, requests.activateSim(msisdn, simBarcode));
  }

  /**
   * 4.2 blockSim: blocks (suspends) a SIM.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void blockSim(SimRef sim) {
    send(ThingsMobileOperation.BLOCK_SIM, requests.sim(ThingsMobileOperation.BLOCK_SIM, sim));
  }

  /**
   * 4.3 disconnectSim: disconnects a SIM from the network, so that it attaches again.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void disconnectSim(SimRef sim) {
    send(ThingsMobileOperation.DISCONNECT_SIM, requests.sim(ThingsMobileOperation.DISCONNECT_SIM, sim));
  }

  /**
   * 4.4 unblockSim: unblocks a blocked SIM.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void unblockSim(SimRef sim) {
    send(ThingsMobileOperation.UNBLOCK_SIM, requests.sim(ThingsMobileOperation.UNBLOCK_SIM, sim));
  }

  // ---- 4.5 to 4.7: queries ----------------------------------------------------------------

  /**
   * 4.5 simStatus with the provider's default CDR page (page 1 of 2,000 CDRs).
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   * @return the SIM and its first CDRs
   */
  public SimInfo simStatus(SimRef sim) {
    return simInfo(requests.sim(ThingsMobileOperation.SIM_STATUS, sim));
  }

  /**
   * 4.5 simStatus: a SIM's state, counters, thresholds and one page of its CDRs.
   *
   * @param sim      the SIM, by MSISDN, ICCID or both
   * @param page     the CDR page, from 1
   * @param pageSize the CDRs per page, 1 to 2,000
   * @return the SIM and that page of its CDRs
   */
  public SimInfo simStatus(SimRef sim, int page, int pageSize) {
    Checks.page(page);
    Checks.pageSize("simStatus", pageSize, MAX_SIM_STATUS_PAGE_SIZE);
    return simInfo(requests.simStatus(sim, page, pageSize));
  }

  private SimInfo simInfo(OutboundRequest request) {
    return call(ThingsMobileOperation.SIM_STATUS, request, Answers.Sims.class, Answers::simInfo);
  }

  /**
   * 4.6 simListLite: one page of the account's SIMs.
   *
   * @param query    the filters
   * @param page     the page, from 1
   * @param pageSize the SIMs per page, 1 to 500
   * @return the page; it says another may follow when it is full
   */
  public Page<SimListItem> simListLite(SimListQuery query, int page, int pageSize) {
    Objects.requireNonNull(query, "query");
    Checks.page(page);
    Checks.pageSize("simListLite", pageSize, MAX_SIM_LIST_PAGE_SIZE);
    List<SimListItem> sims = call(ThingsMobileOperation.SIM_LIST_LITE, requests.simListLite(query, page, pageSize),
        Answers.Sims.class, a -> Answers.list(a.sims, Answers::simListItem));
    return Paging.page(sims, page, pageSize);
  }

  /**
   * 4.6 simListLite, every page: the account's SIMs, fetched 500 at a time as they are
   * consumed, one call per second at most.
   *
   * @param query the filters
   * @return a lazy list of the SIMs
   */
  public PagedIterable<SimListItem> allSims(SimListQuery query) {
    Objects.requireNonNull(query, "query");
    return PagedIterable.of(http.details(ThingsMobileOperation.SIM_LIST_LITE.wireName()),
        n -> simListLite(query, n, MAX_SIM_LIST_PAGE_SIZE));
  }

  /**
   * 4.7 credit with the provider's defaults: the shared credit and the first 500 history rows.
   *
   * @return the credit and the first page of its history
   */
  public Credit credit() {
    return credit(requests.plain(ThingsMobileOperation.CREDIT));
  }

  /**
   * 4.7 credit: the account's shared credit and one page of its history in a date range.
   *
   * @param range    the history's date range
   * @param page     the history page, from 1
   * @param pageSize the rows per page, 1 to 5,000
   * @return the credit and that page of its history
   */
  public Credit credit(DateRange range, int page, int pageSize) {
    Objects.requireNonNull(range, "range");
    Checks.page(page);
    Checks.pageSize("credit", pageSize, MAX_CREDIT_PAGE_SIZE);
    return credit(requests.credit(range, page, pageSize));
  }

  private Credit credit(OutboundRequest request) {
    return call(ThingsMobileOperation.CREDIT, request, Answers.CreditAnswer.class, Answers::credit);
  }

  /**
   * 4.7 credit, every page of the history in a date range, 5,000 rows at a time. The provider
   * returns at most 5,000 rows for one query: past them the iteration stops with
   * {@link ResultCapExceededException}, asking for a narrower range.
   *
   * @param range the date range
   * @return a lazy list of the history rows
   */
  public PagedIterable<CreditHistoryRow> creditHistory(DateRange range) {
    Objects.requireNonNull(range, "range");
    return Paging.capped(n -> Paging.page(credit(range, n, MAX_CREDIT_PAGE_SIZE).creditHistory(), n,
            MAX_CREDIT_PAGE_SIZE),
        MAX_CREDIT_PAGE_SIZE, MAX_CREDIT_ROWS_PER_QUERY, Errors.CREDIT_HISTORY_ERROR,
        http.details(ThingsMobileOperation.CREDIT.wireName()),
        "credit history rows");
  }

  // ---- 4.8 to 4.11: SIM settings -----------------------------------------------------------

  /**
   * 4.8 updateSimName. The provider allows 3 calls per active SIM per day, and enforces it.
   *
   * @param sim  the SIM, by MSISDN, ICCID or both
   * @param name the new name, not blank
   */
  public void updateSimName(SimRef sim, String name) {
    InputChecks.text("name", Checks.notBlank("name", name), "a SIM name");
    send(ThingsMobileOperation.UPDATE_SIM_NAME, requests.sim(ThingsMobileOperation.UPDATE_SIM_NAME, sim, "name", name));
  }

  /**
   * 4.9 updateSimTag. The provider allows 3 calls per active SIM per day, and enforces it.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   * @param tag the new tag, not blank
   */
  public void updateSimTag(SimRef sim, String tag) {
    InputChecks.text("tag", Checks.notBlank("tag", tag), "a SIM tag");
    send(ThingsMobileOperation.UPDATE_SIM_TAG, requests.sim(ThingsMobileOperation.UPDATE_SIM_TAG, sim, "tag", tag));
  }

  /**
   * 4.10 setupSimExpirationDate. The date is sent as {@code yyyy-MM-dd}.
   *
   * @param sim            the SIM, by MSISDN, ICCID or both
   * @param expirationDate the day the SIM expires
   * @param blockSim       whether the SIM is disconnected and blocked on that day
   */
  public void setupSimExpirationDate(SimRef sim, LocalDate expirationDate, boolean blockSim) {
    InputChecks.date("expirationDate", expirationDate);
    send(ThingsMobileOperation.SETUP_SIM_EXPIRATION_DATE,
        requests.setupSimExpirationDate(sim, expirationDate, blockSim));
  }

  /**
   * 4.11 setupSimTrafficThreeshold (the provider's spelling, on the wire): the daily, monthly
   * and total thresholds, each a whole number of MB of 1,048,576 bytes.
   *
   * @param sim        the SIM, by MSISDN, ICCID or both
   * @param thresholds the three thresholds and whether each blocks the SIM
   */
  public void setupSimTrafficThreshold(SimRef sim, TrafficThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    send(ThingsMobileOperation.SETUP_SIM_TRAFFIC_THRESHOLD, requests.setupSimTrafficThreshold(sim, thresholds));
  }

  // ---- 4.12 to 4.15: custom plans ----------------------------------------------------------

  /**
   * 4.12 customPlanList.
   *
   * @return the account's custom plans
   */
  public List<CustomPlan> customPlanList() {
    return call(ThingsMobileOperation.CUSTOM_PLAN_LIST, requests.plain(ThingsMobileOperation.CUSTOM_PLAN_LIST),
        Answers.Plans.class, a -> Answers.list(a.plans, Answers::customPlan));
  }

  /**
   * 4.13 createCustomPlan.
   *
   * @param plan the plan's name and auto-recharge settings
   */
  public void createCustomPlan(CustomPlanSettings plan) {
    Objects.requireNonNull(plan, "plan");
    send(ThingsMobileOperation.CREATE_CUSTOM_PLAN, requests.customPlan(null, plan));
  }

  /**
   * 4.14 modifyCustomPlan.
   *
   * @param id   the plan's id, as customPlanList gives it
   * @param plan the plan's new name and auto-recharge settings
   */
  public void modifyCustomPlan(String id, CustomPlanSettings plan) {
    Checks.notBlank("id", id);
    Objects.requireNonNull(plan, "plan");
    send(ThingsMobileOperation.MODIFY_CUSTOM_PLAN, requests.customPlan(id, plan));
  }

  /**
   * 4.15 changeSimPlan (associate plan): moves a SIM to a custom plan.
   *
   * @param sim          the SIM, by MSISDN, ICCID or both
   * @param customPlanId the plan's id, as customPlanList gives it
   */
  public void changeSimPlan(SimRef sim, String customPlanId) {
    Checks.notBlank("customPlanId", customPlanId);
    send(ThingsMobileOperation.CHANGE_SIM_PLAN,
        requests.sim(ThingsMobileOperation.CHANGE_SIM_PLAN, sim, "customPlanId", customPlanId));
  }

  // ---- 4.16 to 4.19 ------------------------------------------------------------------------

  /**
   * 4.16 sendSms: sends an SMS to an active SIM of the account, using bonus SMS or the shared
   * credit.
   *
   * @param sim     the SIM, by MSISDN, ICCID or both
   * @param message the text, 1 to 160 characters
   */
  public void sendSms(SimRef sim, String message) {
    Checks.smsText(message);
    send(ThingsMobileOperation.SEND_SMS, requests.sim(ThingsMobileOperation.SEND_SMS, sim, "message", message));
  }

  /**
   * 4.17 downloadCdr: schedules an export of the CDRs (at most 200,000), e-mailed by the
   * provider. Not repeated automatically: a repeat would schedule a second export.
   *
   * @param query the SIMs and date range
   * @return the provider's confirmation, such as {@code Export scheduled correctly...}; empty
   *     when it sent none
   */
  public String downloadCdr(CdrQuery query) {
    Objects.requireNonNull(query, "query");
    return call(ThingsMobileOperation.DOWNLOAD_CDR, requests.downloadCdr(query), Answers.Envelope.class,
        a -> Fields.text(a.message).orElse(""));
  }

  /**
   * 4.18 rechargeSim: adds data to a SIM's balance.
   *
   * @param sim    the SIM, by MSISDN, ICCID or both
   * @param amount a whole number of MB (1 MB = 1,048,576 bytes) from 1 to 1,024
   */
  public void rechargeSim(SimRef sim, DataVolume amount) {
    long mb = Checks.rechargeMegabytes(amount);
    send(ThingsMobileOperation.RECHARGE_SIM,
        requests.sim(ThingsMobileOperation.RECHARGE_SIM, sim, "amount", String.valueOf(mb)));
  }

  /**
   * 4.19 getCdrPaginated: one page of the CDRs of some SIMs in a date range.
   *
   * @param query    the SIMs and date range
   * @param page     the page, from 1
   * @param pageSize the CDRs per page, 1 to 500
   * @return the page; it says another may follow when it is full
   */
  public Page<Cdr> getCdrPaginated(CdrQuery query, int page, int pageSize) {
    Objects.requireNonNull(query, "query");
    Checks.page(page);
    Checks.pageSize("getCdrPaginated", pageSize, MAX_CDR_PAGE_SIZE);
    List<Cdr> cdrs = call(ThingsMobileOperation.GET_CDR_PAGINATED, requests.getCdrPaginated(query, page, pageSize),
        Answers.CdrPage.class, a -> Answers.list(a.cdrs, Answers::cdr));
    return Paging.page(cdrs, page, pageSize);
  }

  /**
   * 4.19 getCdrPaginated, every page: the CDRs of some SIMs in a date range, 500 at a time, one
   * call every 5 s at most. The provider returns at most 10,000 CDRs for one query: past them the
   * iteration stops with {@link ResultCapExceededException}, asking for a narrower range.
   *
   * @param query the SIMs and date range
   * @return a lazy list of the CDRs
   */
  public PagedIterable<Cdr> allCdrs(CdrQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.allCdrs(this::getCdrPaginated, () -> query, http.details(ThingsMobileOperation.GET_CDR_PAGINATED.wireName()));
  }

  // ---- the neutral view and the client itself ----------------------------------------------

  /**
   * This client seen through the provider-neutral API, one view per client.
   *
   * @return the view, the same instance on every call; closing it closes this client
   */
  public SimProvider asSimProvider() {
    return simProvider;
  }

  /** @return the environment the client was built for */
  public ThingsMobileEnvironment environment() {
    return environment;
  }

  /** @return the base URL calls go to */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return the zone the neutral view reads and writes the API's zoneless dates in */
  public ZoneId serverZone() {
    return serverZone;
  }

  /** Stops new calls; calls made afterwards fail with {@link IllegalStateException}. */
  @Override
  public void close() {
    http.close();
  }

  /** Shows the environment and base URL, never a credential. */
  @Override
  public String toString() {
    return "ThingsMobileClient[environment=" + environment + ", baseUrl=" + baseUrl + ", username=" + username
        + ", serverZone=" + serverZone + "]";
  }

  // ---- calls ----------------------------------------------------------------------------

  private void send(ThingsMobileOperation op, OutboundRequest request) {
    call(op, request, Answers.Envelope.class, answer -> null);
  }

  /** Sends a call; {@code convert} runs inside the handler, so a bad value is a malformed answer. */
  private <T extends Answers.Envelope, R> R call(ThingsMobileOperation op, OutboundRequest request, Class<T> type,
      Function<T, R> convert) {
    OperationSpec spec = Requests.spec(op);
    return http.execute(spec, request, Answers.handler(type, rateLimitWait(spec), convert));
  }

  /** What an error-60 answer waits for: the operation's interval (5 s where none is documented). */
  private Duration rateLimitWait(OperationSpec op) {
    Duration interval = http.options().callInterval(op.name()).orElse(op.minInterval());
    return interval.isZero() ? Duration.ofSeconds(5) : interval;
  }

  /** Builds a {@link ThingsMobileClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private ThingsMobileEnvironment environment = ThingsMobileEnvironment.PRODUCTION;
    private Secret username;
    private Secret token;
    private String basicAuthUser = TEST_BASIC_AUTH_USER;
    private Secret basicAuthPassword = Secret.of(TEST_BASIC_AUTH_PASSWORD);
    private ZoneId serverZone = DEFAULT_SERVER_ZONE;

    private Builder() {
      super(PROVIDER_ID);
    }

    /**
     * @param environment the host (default {@link ThingsMobileEnvironment#PRODUCTION}); a
     *                    {@link #baseUrl(String) base URL override} replaces the host but keeps
     *                    the environment's authentication
     * @return this builder
     */
    public Builder environment(ThingsMobileEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** @param username the portal username (required) @return this builder */
    public Builder username(String username) {
      this.username = Secret.of(Checks.notBlank("username", username));
      return this;
    }

    /** @param token the API token from the portal's profile section (required) @return this builder */
    public Builder token(String token) {
      return token(Secret.of(Checks.notBlank("token", token)));
    }

    /** @param token the API token (required) @return this builder */
    public Builder token(Secret token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * Overrides the test host's HTTP basic authentication (default: the documented
     * {@code test} / {@code Thingsmobil3}). Used only in the {@link ThingsMobileEnvironment#TEST}
     * environment.
     *
     * @param user     the basic-auth user
     * @param password the basic-auth password
     * @return this builder
     */
    public Builder testBasicAuth(String user, String password) {
      this.basicAuthUser = Checks.notBlank("testBasicAuthUser", user);
      if (user.indexOf(':') >= 0) {
        throw new InvalidInputException("testBasicAuthUser", "contains ':'", "a user name without ':'");
      }
      this.basicAuthPassword = Secret.of(Checks.notBlank("testBasicAuthPassword", password));
      return this;
    }

    /**
     * The documented sandbox: the {@link ThingsMobileEnvironment#TEST test host}, its basic
     * authentication, and the sandbox username and token, whose answers depend on the MSISDN
     * (882360000000001 to 882360000000005; see the documentation's testing section).
     *
     * @return this builder
     */
    public Builder sandbox() {
      this.environment = ThingsMobileEnvironment.TEST;
      this.username = Secret.of(SANDBOX_USERNAME);
      this.token = Secret.of(SANDBOX_TOKEN);
      this.basicAuthUser = TEST_BASIC_AUTH_USER;
      this.basicAuthPassword = Secret.of(TEST_BASIC_AUTH_PASSWORD);
      return this;
    }

    /**
     * @param zone the zone the neutral view reads the API's zoneless dates in, and writes date
     *             ranges in (default {@link ThingsMobileClient#DEFAULT_SERVER_ZONE})
     * @return this builder
     */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = Objects.requireNonNull(zone, "serverZone");
      return this;
    }

    /**
     * @return the client
     * @throws InvalidInputException if the username or token is missing, or the base URL is not
     *     allowed
     */
    public ThingsMobileClient build() {
      if (username == null) {
        throw new InvalidInputException("username", "is not set", "the username of your Things Mobile portal");
      }
      if (token == null) {
        throw new InvalidInputException("token", "is not set", "the API token of your Things Mobile portal");
      }
      TransportOptions options = TransportOptions.Bridge.of(this);
      String url = Urls.requireAllowed("baseUrl", baseUrlOverride().orElse(environment.baseUrl()),
          options.allowInsecureHttp());
      return new ThingsMobileClient(this, options, url);
    }
  }

}
