package io.simbridge.freebit;

import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.SimProvider;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.freebit.internal.FreebitApi;
import io.simbridge.freebit.internal.FreebitSimProvider;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import java.time.Duration;
import java.util.Objects;

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
 * {@link #DEFAULT_TRAFFIC_INFO_INTERVAL} apart per client, counted from the end of the previous
 * call. Change it with {@code callInterval(FreebitClient.GET_TRAFFIC_INFO, interval)} on the
 * builder, and choose between waiting (default) and failing fast with {@code callLimitMode}.
 *
 * <p>Thread-safe; share one instance per set of credentials and close it when done.
 */
public final class FreebitClient implements AutoCloseable {
  /**
   * The default base URL, used by public integrations. freebit gives each operator its host:
   * set yours with {@link Builder#baseUrl(String)}.
   */
  public static final String DEFAULT_BASE_URL = "https://i1.mvno.net";

  /** The name of the traffic-information operation, for {@code callInterval} and in errors. */
  public static final String GET_TRAFFIC_INFO = "getTrafficInfo";

  /**
   * The default minimum interval between two {@link #getTrafficInfo} calls of one client: one
   * second. freebit forbids bulk retrieval but states no rate; this keeps a loop over many
   * accounts from becoming one.
   */
  public static final Duration DEFAULT_TRAFFIC_INFO_INTERVAL = Duration.ofSeconds(1);

  private final FreebitApi api;
  private final boolean oemAuthentication;

  private FreebitClient(FreebitApi api, boolean oemAuthentication) {
    this.api = api;
    this.oemAuthentication = oemAuthentication;
  }

  /** @return a builder */
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
    return api.getTrafficInfo(Objects.requireNonNull(account, "account"));
  }

  /**
   * The provider-neutral view of this client: today's usage ({@code usageNow}) and daily usage
   * with the blacklist flag ({@code dailyUsage}), for a {@code SimRef} by Japanese MSISDN or by
   * account ({@code SimRef.account("09012345678")}, {@code SimRef.account("AAA0_00000000001")}).
   * It offers no listing or fan-out across SIMs, which freebit forbids. Closing it closes this
   * client.
   *
   * @return the neutral view
   */
  public SimProvider asSimProvider() {
    return new FreebitSimProvider(this);
  }

  /** @return the base URL calls go to */
  public String baseUrl() {
    return api.baseUrl();
  }

  /** @return how the JSON document is sent */
  public RequestEncoding requestEncoding() {
    return api.encoding();
  }

  /** Stops new calls. The shared connection pool stays open for other clients. */
  @Override
  public void close() {
    api.close();
  }

  /** @return the base URL, authentication mode and encoding; never a key */
  @Override
  public String toString() {
    return "FreebitClient[baseUrl=" + api.baseUrl() + ", authentication="
        + (oemAuthentication ? "OEM credentials" : "authKey") + ", requestEncoding=" + api.encoding() + "]";
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
      super(FreebitApi.PROVIDER);
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
      this.authKey = secret("authKey", authKey);
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
      Objects.requireNonNull(oemId, "oemId");
      if (oemId.isBlank()) {
        throw new InvalidInputException("oemId", "is blank", "the OEM id freebit issued");
      }
      this.oemKey = secret("oemKey", oemKey);
      this.oemId = oemId;
      return this;
    }

    /**
     * @param encoding how the JSON document is sent (default
     *                 {@link RequestEncoding#FORM_FIELD_JSON})
     * @return this builder
     */
    public Builder requestEncoding(RequestEncoding encoding) {
      this.requestEncoding = Objects.requireNonNull(encoding, "requestEncoding");
      return this;
    }

    private static Secret secret(String field, String value) {
      Objects.requireNonNull(value, field);
      if (value.isBlank()) {
        throw new InvalidInputException(field, "is blank", "the " + field + " freebit issued");
      }
      return Secret.of(value);
    }

    /**
     * @return the client
     * @throws InvalidInputException if no credentials or both kinds were set, or the base URL is
     *     not allowed
     */
    public FreebitClient build() {
      String allowed = "either authKey(...) or oemCredentials(...)";
      if (authKey == null && oemKey == null) {
        throw new InvalidInputException("credentials", "none set", allowed);
      }
      if (authKey != null && oemKey != null) {
        throw new InvalidInputException("credentials", "both an authKey and OEM credentials are set", allowed);
      }
      var options = TransportOptions.Bridge.of(this);
      String url = Urls.requireAllowed("baseUrl", baseUrlOverride().orElse(DEFAULT_BASE_URL),
          options.allowInsecureHttp());
      FreebitApi api = authKey != null
          ? FreebitApi.withAuthKey(url, options, requestEncoding, authKey)
          : FreebitApi.withOemCredentials(url, options, requestEncoding, oemId, oemKey);
      return new FreebitClient(api, authKey == null);
    }
  }
}
