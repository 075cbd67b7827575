package io.simbridge.thingsmobile;

import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.thingsmobile.internal.Calls;
import io.simbridge.thingsmobile.internal.Checks;
import io.simbridge.thingsmobile.internal.Paging;
import io.simbridge.thingsmobile.internal.Requests;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.CustomPlan;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.ResultCapExceededException;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

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

  private final ThingsMobileEnvironment environment;
  private final String baseUrl;
  private final Secret username;
  private final ZoneId serverZone;
  private final Requests requests;
  private final Calls calls;
  private final SimProvider simProvider;

  ThingsMobileClient(ThingsMobileSettings s, String baseUrl, Requests requests, Calls calls) {
    this.environment = s.environment;
    this.baseUrl = baseUrl;
    this.username = s.username;
    this.serverZone = s.serverZone;
    this.requests = requests;
    this.calls = calls;
    this.simProvider = new ThingsMobileSimProvider(this);
  }

  /** {@return a builder for the production host; see {@link Builder#sandbox()} for the sandbox} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * 4.1 activateSim: activates a SIM, sent as multipart form data as documented.
   *
   * @param msisdn     the SIM's number
   * @param simBarcode the SIM's ICCID (barcode), 19 or 20 digits
   */
  public void activateSim(Msisdn msisdn, Iccid simBarcode) {
    Objects.requireNonNull(msisdn, "msisdn");
    Checks.iccid("simBarcode", simBarcode);
    calls.send(requests.activateSim(msisdn, simBarcode));
  }

  /**
   * 4.2 blockSim: blocks (suspends) a SIM.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void blockSim(SimRef sim) {
    calls.send(requests.sim(ThingsMobileOperation.BLOCK_SIM, sim));
  }

  /**
   * 4.3 disconnectSim: disconnects a SIM from the network, so that it attaches again.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void disconnectSim(SimRef sim) {
    calls.send(requests.sim(ThingsMobileOperation.DISCONNECT_SIM, sim));
  }

  /**
   * 4.4 unblockSim: unblocks a blocked SIM.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   */
  public void unblockSim(SimRef sim) {
    calls.send(requests.sim(ThingsMobileOperation.UNBLOCK_SIM, sim));
  }

  /**
   * 4.5 simStatus with the provider's default CDR page (page 1 of 2,000 CDRs).
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   * @return the SIM and its first CDRs
   */
  public SimInfo simStatus(SimRef sim) {
    return calls.simInfo(requests.sim(ThingsMobileOperation.SIM_STATUS, sim));
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
    Checks.pageSize(ThingsMobileOperation.SIM_STATUS, pageSize);
    return calls.simInfo(requests.simStatus(sim, page, pageSize));
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
    Checks.pageSize(ThingsMobileOperation.SIM_LIST_LITE, pageSize);
    List<SimListItem> sims = calls.simListItems(requests.simListLite(query, page, pageSize));
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
    return PagedIterable.of(
        calls.details(ThingsMobileOperation.SIM_LIST_LITE),
        n -> simListLite(query, n, Paging.maxPageSize(ThingsMobileOperation.SIM_LIST_LITE)));
  }

  /**
   * 4.7 credit with the provider's defaults: the shared credit and the first 500 history rows.
   *
   * @return the credit and the first page of its history
   */
  public Credit credit() {
    return calls.credit(requests.plain(ThingsMobileOperation.CREDIT));
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
    Checks.pageSize(ThingsMobileOperation.CREDIT, pageSize);
    return calls.credit(requests.credit(range, page, pageSize));
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
    return Paging.allCreditRows(
        (page, size) -> credit(range, page, size).creditHistory(),
        calls.details(ThingsMobileOperation.CREDIT));
  }

  /**
   * 4.8 updateSimName. The provider allows 3 calls per active SIM per day, and enforces it.
   *
   * @param sim  the SIM, by MSISDN, ICCID or both
   * @param name the new name, not blank
   */
  public void updateSimName(SimRef sim, String name) {
    InputChecks.text("name", Checks.notBlank("name", name), "a SIM name");
    calls.send(requests.sim(ThingsMobileOperation.UPDATE_SIM_NAME, sim, "name", name));
  }

  /**
   * 4.9 updateSimTag. The provider allows 3 calls per active SIM per day, and enforces it.
   *
   * @param sim the SIM, by MSISDN, ICCID or both
   * @param tag the new tag, not blank
   */
  public void updateSimTag(SimRef sim, String tag) {
    InputChecks.text("tag", Checks.notBlank("tag", tag), "a SIM tag");
    calls.send(requests.sim(ThingsMobileOperation.UPDATE_SIM_TAG, sim, "tag", tag));
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
    calls.send(requests.setupSimExpirationDate(sim, expirationDate, blockSim));
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
    calls.send(requests.setupSimTrafficThreshold(sim, thresholds));
  }

  /**
   * 4.12 customPlanList.
   *
   * @return the account's custom plans
   */
  public List<CustomPlan> customPlanList() {
    return calls.plans(requests.plain(ThingsMobileOperation.CUSTOM_PLAN_LIST));
  }

  /**
   * 4.13 createCustomPlan.
   *
   * @param plan the plan's name and auto-recharge settings
   */
  public void createCustomPlan(CustomPlanSettings plan) {
    Objects.requireNonNull(plan, "plan");
    calls.send(requests.customPlan(null, plan));
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
    calls.send(requests.customPlan(id, plan));
  }

  /**
   * 4.15 changeSimPlan (associate plan): moves a SIM to a custom plan.
   *
   * @param sim          the SIM, by MSISDN, ICCID or both
   * @param customPlanId the plan's id, as customPlanList gives it
   */
  public void changeSimPlan(SimRef sim, String customPlanId) {
    Checks.notBlank("customPlanId", customPlanId);
    calls.send(
        requests.sim(ThingsMobileOperation.CHANGE_SIM_PLAN, sim, "customPlanId", customPlanId));
  }

  /**
   * 4.16 sendSms: sends an SMS to an active SIM of the account, using bonus SMS or the shared
   * credit.
   *
   * @param sim     the SIM, by MSISDN, ICCID or both
   * @param message the text, 1 to 160 characters
   */
  public void sendSms(SimRef sim, String message) {
    Checks.smsText(message);
    calls.send(requests.sim(ThingsMobileOperation.SEND_SMS, sim, "message", message));
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
    return calls.message(requests.downloadCdr(query));
  }

  /**
   * 4.18 rechargeSim: adds data to a SIM's balance.
   *
   * @param sim    the SIM, by MSISDN, ICCID or both
   * @param amount a whole number of MB (1 MB = 1,048,576 bytes) from 1 to 1,024
   */
  public void rechargeSim(SimRef sim, DataVolume amount) {
    long mb = Checks.rechargeMegabytes(amount);
    calls.send(requests.sim(ThingsMobileOperation.RECHARGE_SIM, sim, "amount", String.valueOf(mb)));
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
    Checks.pageSize(ThingsMobileOperation.GET_CDR_PAGINATED, pageSize);
    List<Cdr> cdrs = calls.cdrs(requests.getCdrPaginated(query, page, pageSize));
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
    return Paging.allCdrs(
        this::getCdrPaginated, () -> query, calls.details(ThingsMobileOperation.GET_CDR_PAGINATED));
  }

  /**
   * This client seen through the provider-neutral API, one view per client.
   *
   * @return the view, the same instance on every call; closing it closes this client
   */
  public SimProvider asSimProvider() {
    return simProvider;
  }

  /** {@return the environment the client was built for} */
  public ThingsMobileEnvironment environment() {
    return environment;
  }

  /** {@return the base URL calls go to} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the zone the neutral view reads and writes the API's zoneless dates in} */
  public ZoneId serverZone() {
    return serverZone;
  }

  /** Stops new calls; calls made afterwards fail with {@link IllegalStateException}. */
  @Override
  public void close() {
    calls.close();
  }

  /** Shows the environment and base URL, never a credential. */
  @Override
  public String toString() {
    return "ThingsMobileClient[environment="
        + environment
        + ", baseUrl="
        + baseUrl
        + ", username="
        + username
        + ", serverZone="
        + serverZone
        + "]";
  }

  /** Builds a {@link ThingsMobileClient}; its methods are those of the Things Mobile settings. */
  public static final class Builder extends ThingsMobileSettings {
    private Builder() {}
  }
}
