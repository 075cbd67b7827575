package io.simbridge.thingsmobile.internal;

import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds each wire request: a form POST to the base URL plus the operation's name, carrying the
 * username and token in its body (never in the URL) and, on the test host, HTTP basic
 * authentication. A SIM is checked ({@link Checks#sim}) as it is written into the form.
 */
public final class Requests {
  /**
   * One wire request and the operation it performs, so the two cannot disagree.
   *
   * @param operation the operation
   * @param request   the request
   */
  public record Call(ThingsMobileOperation operation, OutboundRequest request) {}

  private final String baseUrl;
  private final Secret username;
  private final Secret token;
  private final Secret basicAuthorization;

  /**
   * @param baseUrl            the base URL, without a trailing operation name
   * @param username           the portal username
   * @param token              the API token
   * @param basicAuthorization the test host's {@code Authorization} header value, {@code null}
   *                           on the production host
   */
  public Requests(String baseUrl, Secret username, Secret token, Secret basicAuthorization) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.username = Objects.requireNonNull(username, "username");
    this.token = Objects.requireNonNull(token, "token");
    this.basicAuthorization = basicAuthorization;
  }

  /**
   * 4.1, sent as multipart form data as documented.
   *
   * @param msisdn     the SIM's number
   * @param simBarcode the SIM's ICCID
   * @return the call
   */
  public Call activateSim(Msisdn msisdn, Iccid simBarcode) {
    ThingsMobileOperation op = ThingsMobileOperation.ACTIVATE_SIM;
    return new Call(
        op,
        credentials(start(op).multipartForm())
            .field("msisdn", msisdn.value())
            .field("simBarcode", simBarcode.value())
            .build());
  }

  /**
   * An operation that takes the credentials only (customPlanList, credit's defaults).
   *
   * @param op the operation
   * @return the call
   */
  public Call plain(ThingsMobileOperation op) {
    return new Call(op, form(op).build());
  }

  /**
   * An operation that takes the credentials and a SIM only (blockSim, simStatus's defaults...).
   *
   * @param op  the operation
   * @param sim the SIM
   * @return the call
   */
  public Call sim(ThingsMobileOperation op, SimRef sim) {
    return new Call(op, simForm(op, sim).build());
  }

  /**
   * An operation that takes a SIM and one more field (updateSimName, sendSms...).
   *
   * @param op    the operation
   * @param sim   the SIM
   * @param field the field's name
   * @param value the field's value
   * @return the call
   */
  public Call sim(ThingsMobileOperation op, SimRef sim, String field, String value) {
    return new Call(op, simForm(op, sim).field(field, value).build());
  }

  /**
   * @param sim      the SIM
   * @param page     the CDR page
   * @param pageSize the CDRs per page
   * @return the simStatus request (a call)
   */
  public Call simStatus(SimRef sim, int page, int pageSize) {
    return new Call(
        ThingsMobileOperation.SIM_STATUS,
        paged(simForm(ThingsMobileOperation.SIM_STATUS, sim), page, pageSize).build());
  }

  /**
   * @param query    the filters
   * @param page     the page
   * @param pageSize the SIMs per page
   * @return the simListLite request (a call)
   */
  public Call simListLite(SimListQuery query, int page, int pageSize) {
    OutboundRequest.Builder r = form(ThingsMobileOperation.SIM_LIST_LITE);
    query.name().ifPresent(n -> r.field("name", n));
    query.tag().ifPresent(t -> r.field("tag", t));
    query.status().ifPresent(s -> r.field("status", s.wireValue()));
    return new Call(ThingsMobileOperation.SIM_LIST_LITE, paged(r, page, pageSize).build());
  }

  /**
   * @param range    the history's date range
   * @param page     the history page
   * @param pageSize the rows per page
   * @return the credit request (a call)
   */
  public Call credit(DateRange range, int page, int pageSize) {
    ThingsMobileOperation op = ThingsMobileOperation.CREDIT;
    return new Call(op, paged(dateRange(form(op), range), page, pageSize).build());
  }

  /**
   * @param sim            the SIM
   * @param expirationDate the day the SIM expires, sent as {@code yyyy-MM-dd}
   * @param blockSim       whether the SIM is blocked on that day
   * @return the setupSimExpirationDate request (a call)
   */
  public Call setupSimExpirationDate(SimRef sim, LocalDate expirationDate, boolean blockSim) {
    ThingsMobileOperation op = ThingsMobileOperation.SETUP_SIM_EXPIRATION_DATE;
    return new Call(
        op,
        simForm(op, sim)
            .field("expirationDate", expirationDate.toString())
            .field("blockSim", flag(blockSim))
            .build());
  }

  /**
   * @param sim        the SIM
   * @param thresholds the thresholds, each checked to be a whole number of MB
   * @return the setupSimTrafficThreeshold request (a call)
   */
  public Call setupSimTrafficThreshold(SimRef sim, TrafficThresholds thresholds) {
    ThingsMobileOperation op = ThingsMobileOperation.SETUP_SIM_TRAFFIC_THRESHOLD;
    OutboundRequest.Builder r = simForm(op, sim);
    threshold(r, "dailyLimit", "blockSimDaily", thresholds.daily());
    threshold(r, "monthlyLimit", "blockSimMonthly", thresholds.monthly());
    threshold(r, "totalLimit", "blockSimTotal", thresholds.total());
    return new Call(op, r.build());
  }

  private static void threshold(
      OutboundRequest.Builder r, String limitField, String blockField, TrafficThreshold t) {
    r.field(limitField, String.valueOf(Checks.wholeMegabytes(limitField, t.limit())))
        .field(blockField, flag(t.blockSim()));
  }

  /**
   * @param id   the plan's id, {@code null} to create a plan
   * @param plan the plan's name and auto-recharge settings
   * @return the createCustomPlan request (a call), or modifyCustomPlan's when an id is given
   */
  public Call customPlan(String id, CustomPlanSettings plan) {
    ThingsMobileOperation op =
        id == null
            ? ThingsMobileOperation.CREATE_CUSTOM_PLAN
            : ThingsMobileOperation.MODIFY_CUSTOM_PLAN;
    OutboundRequest.Builder r = id == null ? form(op) : form(op).field("id", id);
    return new Call(
        op,
        r.field("name", plan.name())
            .field("simAutorechargeEnabled", String.valueOf(plan.simAutorechargeEnabled()))
            .field(
                "simAutorechargeCreditThreshold",
                megabytesText(plan.simAutorechargeCreditThreshold()))
            .field("simAutorechargeAmount", megabytesText(plan.simAutorechargeAmount()))
            .build());
  }

  /**
   * @param query the SIMs and date range
   * @return the downloadCdr request (a call)
   */
  public Call downloadCdr(CdrQuery query) {
    return new Call(
        ThingsMobileOperation.DOWNLOAD_CDR,
        cdrForm(ThingsMobileOperation.DOWNLOAD_CDR, query).build());
  }

  /**
   * @param query    the SIMs and date range
   * @param page     the page
   * @param pageSize the CDRs per page
   * @return the getCdrPaginated request (a call)
   */
  public Call getCdrPaginated(CdrQuery query, int page, int pageSize) {
    ThingsMobileOperation op = ThingsMobileOperation.GET_CDR_PAGINATED;
    return new Call(op, paged(cdrForm(op, query), page, pageSize).build());
  }

  private OutboundRequest.Builder cdrForm(ThingsMobileOperation op, CdrQuery query) {
    String msisdnList =
        query.msisdnList().stream().map(Msisdn::value).collect(Collectors.joining(","));
    return dateRange(form(op).field("msisdnList", msisdnList), query.range());
  }

  /** Starts a url-encoded form with the credentials, which travel in the body only. */
  private OutboundRequest.Builder form(ThingsMobileOperation op) {
    return credentials(start(op).urlEncodedForm());
  }

  private OutboundRequest.Builder start(ThingsMobileOperation op) {
    OutboundRequest.Builder r = OutboundRequest.post(baseUrl + "/" + op.wireName());
    if (basicAuthorization != null) {
      r.header("Authorization", basicAuthorization.reveal());
    }
    return r;
  }

  private OutboundRequest.Builder credentials(OutboundRequest.Builder r) {
    return r.field("username", username.reveal()).field("token", token.reveal());
  }

  /** Starts a url-encoded form with the credentials, then the SIM's msisdn and/or iccid. */
  private OutboundRequest.Builder simForm(ThingsMobileOperation op, SimRef sim) {
    Checks.sim(sim);
    OutboundRequest.Builder r = form(op);
    sim.msisdn().ifPresent(m -> r.field("msisdn", m.value()));
    sim.iccid().ifPresent(i -> r.field("iccid", i.value()));
    return r;
  }

  private static OutboundRequest.Builder paged(OutboundRequest.Builder r, int page, int pageSize) {
    return r.field("page", String.valueOf(page)).field("pageSize", String.valueOf(pageSize));
  }

  private static OutboundRequest.Builder dateRange(OutboundRequest.Builder r, DateRange range) {
    range
        .start()
        .ifPresent(
            s ->
                r.field(
                    "startDateRange",
                    InputChecks.dateTime("startDateRange", s).format(Answers.DATE_TIME)));
    range
        .end()
        .ifPresent(
            e ->
                r.field(
                    "endDateRange",
                    InputChecks.dateTime("endDateRange", e).format(Answers.DATE_TIME)));
    return r;
  }

  /**
   * @param value a flag
   * @return it as the API writes flags, {@code 1} or {@code 0}
   */
  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  /**
   * @param volume a volume
   * @return it in MB of 1,048,576 bytes, as the plain decimal the API takes
   */
  private static String megabytesText(DataVolume volume) {
    BigDecimal mb = volume.to(DataUnit.MEBIBYTE);
    return mb.signum() == 0 ? "0" : mb.toPlainString();
  }
}
