package io.simbridge.freebit;

import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TokenCache;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.freebit.internal.Answers;
import io.simbridge.freebit.internal.Checks;
import io.simbridge.freebit.internal.Errors;
import io.simbridge.freebit.internal.Requests;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.freebit.model.TrafficInfo;
import java.util.Objects;
import java.util.Optional;

/**
 * The freebit MVNO API: OEM authentication and PA05-01 traffic information.
 *
 * <pre>{@code
 * try (FreebitClient freebit = FreebitClient.builder()
 *     .baseUrl("https://your-host.example")      // the host freebit gave you
 *     .oemCredentials("OEM-ID", oemKey)
 *     .build()) {
 *   TrafficInfo info = freebit.getTrafficInfo(FreebitAccount.of("09012345678"));
 *   DataVolume today = info.today();
 * }
 * }</pre>
 *
 * <p><b>Authentication.</b> Give either the {@code authKey} freebit issued you, or your OEM id
 * and key: the client then obtains an {@code authKey} through OEM authentication on first use,
 * keeps it (freebit documents no lifetime), and when a call answers with the authentication-key
 * error (205) authenticates again once and replays the call. Neither key ever appears in a log,
 * an exception message or a {@code toString()}.
 *
 * <p><b>Call limit.</b> freebit forbids using this API for bulk retrieval across an operator's
 * SIMs, because bulk queries load its servers and affect other operators (it offers CSV/TXT
 * exports for that). The client therefore spaces {@link #getTrafficInfo} calls at least
 * {@link FreebitOperation#GET_TRAFFIC_INFO}'s interval (one second) apart per client, counted from
 * the end of the previous call. Change it with
 * {@code callInterval(FreebitOperation.GET_TRAFFIC_INFO, interval)} on the builder, and choose between waiting (default) and failing fast with {@code callLimitMode}.
 *
 * <p>Thread-safe; share one instance per set of credentials and close it when done.
 */
public final class FreebitClient implements AutoCloseable {
  /**
   * The default base URL, used by public integrations. freebit gives each operator its host:
   * set yours with {@link Builder#baseUrl(String)}.
   */
  public static final String DEFAULT_BASE_URL = "https://i1.mvno.net";

  /** The provider id. */
  static final String PROVIDER = FreebitOperation.GET_TRAFFIC_INFO.provider();

  private static final OperationSpec AUTH_OEM = OperationSpec.of(FreebitOperation.AUTH_OEM);
  private static final OperationSpec GET_TRAFFIC_INFO =
      OperationSpec.of(FreebitOperation.GET_TRAFFIC_INFO);

  private final String baseUrl;
  private final RequestEncoding encoding;
  private final Requests requests;
  private final HttpExecutor http;
  private final CredentialSource credentials;
  private final boolean oemAuthentication;
  private final FreebitSimProvider neutralView;

  // Exactly one of authKey and (oemId, oemKey) is set: the builder checked it.
  private FreebitClient(
      String baseUrl,
      TransportOptions options,
      RequestEncoding encoding,
      Secret authKey,
      String oemId,
      Secret oemKey) {
    this.baseUrl = baseUrl;
    this.encoding = encoding;
    this.requests = new Requests(baseUrl, encoding == RequestEncoding.JSON_BODY);
    Redactor redactor = Redactor.of(options.maskSubscriberIdsInLogs(), "authKey", "oemKey");
    this.http = HttpExecutor.create(PROVIDER, options, redactor);
    this.oemAuthentication = authKey == null;
    if (authKey != null) {
      redactor.addSecret(authKey.reveal());
      this.credentials = CredentialSource.fixed(authKey.reveal());
    } else {
      redactor.addSecret(oemKey.reveal());
      // freebit documents no lifetime: the key is kept until a call answers 205.
      this.credentials =
          new TokenCache(
              () -> new TokenCache.Token(authOem(oemId, oemKey), Optional.empty()),
              http,
              options.callTimeout(),
              http.details(AUTH_OEM.name()));
    }
    this.neutralView = new FreebitSimProvider(this);
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
   * PA05-01 MVNO traffic information: traffic used today and on recent days, and the blacklist
   * flag, of one SIM (by phone number) or one share group (by code). Not available for a SIM
   * that belongs to a share group, nor for an account without a plan.
   *
   * <p>freebit's KB is read as 1,024 bytes.
   *
   * @param account the account; one per call, as freebit requires
   * @return the traffic information
   * @throws io.simbridge.core.error.NotFoundException        if the account (210) or share group
   *                                                          (323) does not exist
   * @throws io.simbridge.core.error.InvalidRequestException  if freebit refuses the account (201,
   *                                                          240), a parameter (204), or the
   *                                                          query in the account's status (211)
   * @throws io.simbridge.core.error.AuthenticationException  if the key is refused (205) and could
   *                                                          not be renewed
   * @throws io.simbridge.core.error.RateLimitedException     in fail-fast mode, before the call's
   *                                                          turn
   */
  public TrafficInfo getTrafficInfo(FreebitAccount account) {
    Objects.requireNonNull(account, "account");
    // The key is obtained again and the call replayed once if freebit answers 205 and the key
    // came from OEM authentication.
    return http.execute(
        GET_TRAFFIC_INFO,
        credentials,
        authKey -> requests.getTrafficInfo(authKey, account),
        r -> Answers.trafficInfo(account, Errors.checkTrafficInfo(r)));
  }

  private String authOem(String oemId, Secret oemKey) {
    return http.execute(
        AUTH_OEM,
        requests.authOem(oemId, oemKey.reveal()),
        r -> Fields.requireText("authKey", Errors.checkAuthOem(r).authKey()));
  }

  /**
   * The provider-neutral view of this client: today's usage ({@code usageNow}) and daily usage
   * with the blacklist flag ({@code dailyUsage}), for a {@code SimRef} by Japanese MSISDN or by
   * account ({@code SimRef.account("09012345678")}, {@code SimRef.account("AAA0_00000000001")}).
   * It offers no listing or fan-out across SIMs, which freebit forbids. Closing it closes this
   * client.
   *
   * @return the neutral view, the same instance on every call
   */
  public SimProvider asSimProvider() {
    return neutralView;
  }

  /**
   * The base URL calls go to.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * How the JSON document is sent.
   *
   * @return the encoding
   */
  public RequestEncoding requestEncoding() {
    return encoding;
  }

  /** Stops new calls. The shared connection pool stays open for other clients. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * Describes the client.
   *
   * @return the base URL, authentication mode and encoding; never a key
   */
  @Override
  public String toString() {
    return "FreebitClient[baseUrl="
        + baseUrl
        + ", authentication="
        + (oemAuthentication ? "OEM credentials" : "authKey")
        + ", requestEncoding="
        + encoding
        + "]";
  }

  /**
   * Builds a {@link FreebitClient}. Set exactly one way to authenticate:
   * {@link #authKey(String)} or {@link #oemCredentials(String, String)}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Secret authKey;
    private String oemId;
    private Secret oemKey;
    private RequestEncoding requestEncoding = RequestEncoding.FORM_FIELD_JSON;

    private Builder() {
      super(PROVIDER);
    }

    /**
     * Authenticates every call with this key, obtained from freebit beforehand. It cannot be
     * renewed: when freebit rejects it (205), calls fail with
     * {@link io.simbridge.core.error.AuthenticationException}.
     *
     * @param authKey the authentication key
     * @return this builder
     */
    public Builder authKey(String authKey) {
      this.authKey = Checks.secret("authKey", authKey);
      return this;
    }

    /**
     * Obtains the authentication key through OEM authentication, keeps it, and renews it once
     * when a call answers that it was rejected.
     *
     * @param oemId  the OEM id freebit issued
     * @param oemKey the OEM key freebit issued
     * @return this builder
     */
    public Builder oemCredentials(String oemId, String oemKey) {
      Checks.oemId(oemId);
      this.oemKey = Checks.secret("oemKey", oemKey);
      this.oemId = oemId;
      return this;
    }

    /**
     * Chooses how the JSON document is sent.
     *
     * @param encoding how the JSON document is sent (default
     *                 {@link RequestEncoding#FORM_FIELD_JSON})
     * @return this builder
     */
    public Builder requestEncoding(RequestEncoding encoding) {
      this.requestEncoding = Objects.requireNonNull(encoding, "requestEncoding");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws InvalidInputException if no credentials or both kinds were set, or the base URL is
     *     not allowed
     */
    public FreebitClient build() {
      Checks.oneWayToAuthenticate(authKey != null, oemKey != null);
      var options = TransportOptions.Bridge.of(this);
      String url =
          Urls.requireAllowed(
              "baseUrl", baseUrlOverride().orElse(DEFAULT_BASE_URL), options.allowInsecureHttp());
      return new FreebitClient(url, options, requestEncoding, authKey, oemId, oemKey);
    }
  }
}
