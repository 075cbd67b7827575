package io.simbridge.m2miportal;

import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.OutboundRequest;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.ResponseHandler;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.Iccid;
import io.simbridge.m2miportal.internal.Answers;
import io.simbridge.m2miportal.internal.Checks;
import io.simbridge.m2miportal.internal.Credentials;
import io.simbridge.m2miportal.internal.Requests;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.m2miportal.model.SmsMtDetail;
import io.simbridge.m2miportal.model.StatusReport;
import io.simbridge.m2miportal.model.UsageLevels;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A client of the M2M iPortal XML API: one method per operation, information requests (reads,
 * retried on transient failures) and commands (writes, never sent twice on their own).
 *
 * <pre>{@code
 * try (M2mIportalClient client = M2mIportalClient.builder()
 *     .username("api-user").password(password).apiId("123456").build()) {
 *   Iccid sim = Iccid.of("8944501312167518236");
 *   client.queryLastMoTraffic(sim).ifPresentOrElse(
 *       t -> System.out.println(t.trafficType() + " at " + t.timestamp()),
 *       () -> System.out.println("no traffic history"));
 *   client.sendSms(sim, SendSmsRequest.of("PING"));
 * }
 * }</pre>
 *
 * <p>Every operation is a {@code POST} of an XML document to the API's one address; the SIM is
 * named by its ICCID. The provider answers with {@code <api_outcome>success</api_outcome>}; any
 * other outcome raises a {@link io.simbridge.core.error.SimApiException} whose
 * {@code providerMessage()} is the provider's error description (the text of the answer's
 * elements whose name contains {@code error}). The provider documents no error codes, so the
 * type comes from the description, matched case-insensitively, first rule first:
 * <ol>
 *   <li>{@link io.simbridge.core.error.AuthenticationException}: "authenticat", "credential",
 *       "username", "password", "api id" (or "api_id"), "unauthori", "not authori", "permission",
 *       "access denied", "login";
 *   <li>{@link io.simbridge.core.error.RateLimitedException}: "rate limit", "too many", "throttl";
 *   <li>{@link io.simbridge.core.error.NotFoundException}: "unknown iccid", "unknown msisdn",
 *       "unknown sim", "unknown identifier", "unknown group", "not found", "does not exist",
 *       "no such", "not recognised"/"not recognized";
 *   <li>{@link io.simbridge.core.error.InvalidRequestException}: "invalid", "missing",
 *       "required", "not permitted", "not allowed", "not supported", "not available",
 *       "too long", "exceed", "malformed";
 *   <li>otherwise {@link io.simbridge.core.error.ProviderErrorException} (or, when the answer came
 *       with an HTTP error status, the type that status means).
 * </ol>
 * Input the provider would refuse is refused before sending with an {@link InvalidInputException}.
 *
 * <p>The user name, password and {@code api_id} never appear in logs, exception messages or
 * {@code toString()}. Thread-safe; close it when done.
 */
public final class M2mIportalClient implements AutoCloseable {
  /** The provider id, in the neutral API and in settings ({@code simbridge.m2miportal.*}). */
  public static final String PROVIDER_ID = "m2miportal";

  /** The API's documented address. */
  public static final String DEFAULT_BASE_URL = "https://api.m2miportal.com";

  private final String baseUrl;
  private final HttpExecutor http;
  private final Requests requests;
  private final M2mIportalSimProvider view;

  private M2mIportalClient(Builder b, Credentials credentials) {
    TransportOptions options = b.options();
    this.baseUrl =
        Urls.requireAllowed(
            "baseUrl", b.url().orElse(DEFAULT_BASE_URL), options.allowInsecureHttp());
    Redactor redactor =
        Redactor.of(options.maskSubscriberIdsInLogs(), "username", "password", "api_id");
    credentials.registerWith(redactor);
    this.http = HttpExecutor.create(PROVIDER_ID, options, redactor);
    this.requests = new Requests(baseUrl, credentials);
    this.view = new M2mIportalSimProvider(this);
  }

  /**
   * Starts building a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code query_last_mo_traffic}: the SIM's most recent confirmed outbound traffic, from the
   * traffic records the provider receives (typically daily), not from a live query.
   *
   * @param iccid the SIM
   * @return its last mobile-originated traffic; empty when the SIM has no traffic history
   */
  public Optional<LastMoTraffic> queryLastMoTraffic(Iccid iccid) {
    return call(
        M2mIportalOperation.QUERY_LAST_MO_TRAFFIC,
        Answers.LAST_MO_TRAFFIC,
        requests.query(M2mIportalOperation.QUERY_LAST_MO_TRAFFIC, Checks.present(iccid, "iccid")));
  }

  /**
   * {@code query_contract}: the contract term applied to the SIM. Type 1
   * ({@link io.simbridge.core.model.ContractType#MINIMUM_TERM}): the SIM cannot change group or
   * be closed until the term has run; type 2 ({@link io.simbridge.core.model.ContractType#FIXED_TERM}):
   * no group moves during the term, and the SIM is deactivated automatically at its end.
   * {@code months_remaining} counts calendar months, decremented at midnight UTC at the start of
   * each month; {@link ContractTerm#expired()} when it reaches 0.
   *
   * @param iccid the SIM
   * @return its contract term; empty when the SIM has no contract
   */
  public Optional<ContractTerm> queryContract(Iccid iccid) {
    return call(
        M2mIportalOperation.QUERY_CONTRACT,
        Answers.CONTRACT,
        requests.query(M2mIportalOperation.QUERY_CONTRACT, Checks.present(iccid, "iccid")));
  }

  /**
   * {@code query_status}. A {@link io.simbridge.m2miportal.model.Status#CLOSED closed} SIM is
   * closed for good: stop calling the API for it.
   *
   * @param iccid the SIM
   * @return its status, with the provider's raw value
   */
  public StatusReport queryStatus(Iccid iccid) {
    return call(
        M2mIportalOperation.QUERY_STATUS,
        Answers.STATUS,
        requests.query(M2mIportalOperation.QUERY_STATUS, Checks.present(iccid, "iccid")));
  }

  /**
   * {@code query_usage}: usage in the current calendar month, current to within a few hours.
   * The provider finds it relatively expensive and may rate limit it: do not poll large fleets
   * with it at high frequency.
   *
   * @param iccid the SIM
   * @return data, SMS and voice used this month
   */
  public MonthToDateUsage queryUsage(Iccid iccid) {
    return call(
        M2mIportalOperation.QUERY_USAGE,
        Answers.USAGE,
        requests.query(M2mIportalOperation.QUERY_USAGE, Checks.present(iccid, "iccid")));
  }

  /**
   * {@code query_usage_levels}: the warning level and limit, money (GBP) or megabytes depending
   * on the SIM type; see {@link UsageLevels}.
   *
   * @param iccid the SIM
   * @return the levels, as sent
   */
  public UsageLevels queryUsageLevels(Iccid iccid) {
    return call(
        M2mIportalOperation.QUERY_USAGE_LEVELS,
        Answers.USAGE_LEVELS,
        requests.query(M2mIportalOperation.QUERY_USAGE_LEVELS, Checks.present(iccid, "iccid")));
  }

  /**
   * {@code query_sms_mt_details} for the most recent mobile-terminated SMS only. Not available for
   * open-user-group SIM types.
   *
   * @param iccid the SIM
   * @return the most recent SMS sent to it, or an empty list when there is none
   */
  public List<SmsMtDetail> querySmsMtDetails(Iccid iccid) {
    return smsMtDetails(iccid, OptionalInt.empty());
  }

  /**
   * {@code query_sms_mt_details} for the last {@code lastx} mobile-terminated SMS. Not available
   * for open-user-group SIM types.
   *
   * @param iccid the SIM
   * @param lastx how many, 1 to 20
   * @return the SMS sent to it, newest first; an empty list when there is none
   * @throws InvalidInputException if {@code lastx} is out of range
   */
  public List<SmsMtDetail> querySmsMtDetails(Iccid iccid, int lastx) {
    return smsMtDetails(iccid, OptionalInt.of(Checks.lastx(lastx)));
  }

  /**
   * {@code set_status}: allows or prevents traffic without changing the SIM's group or tariff.
   * Takes effect immediately and is not undone automatically.
   *
   * @param iccid  the SIM
   * @param status the status to set
   */
  public void setStatus(Iccid iccid, SettableStatus status) {
    Checks.present(status, "status");
    call(
        M2mIportalOperation.SET_STATUS,
        Answers.NONE,
        requests.setStatus(Checks.present(iccid, "iccid"), status));
  }

  /**
   * {@code set_group}: moves the SIM to another group. Not allowed during a contract term (see
   * {@link #queryContract}). Takes effect immediately.
   *
   * @param iccid     the SIM
   * @param groupCode the distributor-specific group code (not the group's name)
   * @throws InvalidInputException if the code is blank or holds control characters
   */
  public void setGroup(Iccid iccid, String groupCode) {
    Checks.groupCode(groupCode);
    call(
        M2mIportalOperation.SET_GROUP,
        Answers.NONE,
        requests.setGroup(Checks.present(iccid, "iccid"), groupCode));
  }

  /**
   * {@code send_sms}: sends an SMS to the SIM. Not available for open-user-group SIM types.
   * Like every command it is never repeated on its own: if its answer is lost, an
   * {@link io.simbridge.core.error.AmbiguousOutcomeException} says it may have been sent (check
   * {@link #querySmsMtDetails} before sending again).
   *
   * @param iccid   the SIM
   * @param request the message, checked when it was created
   */
  public void sendSms(Iccid iccid, SendSmsRequest request) {
    Checks.present(request, "request");
    call(
        M2mIportalOperation.SEND_SMS,
        Answers.NONE,
        requests.sendSms(Checks.present(iccid, "iccid"), request));
  }

  private List<SmsMtDetail> smsMtDetails(Iccid iccid, OptionalInt lastx) {
    return call(
        M2mIportalOperation.QUERY_SMS_MT_DETAILS,
        Answers.SMS_MT_DETAILS,
        requests.smsMtDetails(Checks.present(iccid, "iccid"), lastx));
  }

  private <T> T call(
      M2mIportalOperation operation, ResponseHandler<T> answer, OutboundRequest request) {
    return http.execute(OperationSpec.of(operation), request, answer);
  }

  /**
   * This client seen through the neutral API: SIM state, usage now, last activity, contract
   * term, suspend and resume (through {@code set_status}) and SMS; SIMs are named by ICCID.
   * Closing the view closes this client.
   *
   * @return the view, the same instance on every call
   */
  public SimProvider asSimProvider() {
    return view;
  }

  /** Stops new calls; calls made afterwards fail with an {@link IllegalStateException}. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * Describes the client without its secrets.
   *
   * @return the address and the fact that credentials are set, never their values
   */
  @Override
  public String toString() {
    return "M2mIportalClient[baseUrl=" + baseUrl + ", username=***, password=***, apiId=***]";
  }

  /**
   * Builds an {@link M2mIportalClient}. The user name, password and {@code api_id} are
   * required; every transport setting of {@link ClientBuilder} applies. Operations for
   * {@link #callInterval(io.simbridge.core.ProviderOperation, java.time.Duration)} are the constants of
   * {@link M2mIportalOperation}, such as {@link M2mIportalOperation#QUERY_USAGE} (the provider
   * documents no call limit).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Secret username;
    private Secret password;
    private Secret apiId;

    private Builder() {
      super(PROVIDER_ID);
    }

    /**
     * Sets the API user name (required).
     *
     * @param username the API user name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = credential("username", username, "the API user name");
      return this;
    }

    /**
     * Sets the API password (required).
     *
     * @param password the API password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = credential("password", password, "the API password");
      return this;
    }

    /**
     * Sets the API account identifier (required).
     *
     * @param apiId the API account identifier, sent as the {@code api_id} attribute of every request
     * @return this builder
     */
    public Builder apiId(String apiId) {
      this.apiId = credential("apiId", apiId, "the API account identifier (api_id)");
      return this;
    }

    private static Secret credential(String field, String value, String allowed) {
      return Secret.of(InputChecks.text(field, value, allowed));
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidInputException if a credential is missing, the base URL is not allowed or
     *     an operation given to {@code callInterval} belongs to another provider
     */
    public M2mIportalClient build() {
      Credentials credentials =
          new Credentials(
              require("username", username, "the API user name"),
              require("password", password, "the API password"),
              require("apiId", apiId, "the API account identifier (api_id)"));
      return new M2mIportalClient(this, credentials);
    }

    private static Secret require(String field, Secret value, String allowed) {
      if (value == null) {
        throw new InvalidInputException(field, "is not set", allowed);
      }
      return value;
    }

    private TransportOptions options() {
      return TransportOptions.Bridge.of(this);
    }

    private Optional<String> url() {
      return baseUrlOverride();
    }
  }
}
