package io.simbridge.horisen;

import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.internal.http.CredentialSource;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.horisen.internal.AccessTokens;
import io.simbridge.horisen.internal.Checks;
import io.simbridge.horisen.internal.Paging;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The HORISEN settings {@link HorisenClient.Builder} collects: the platform domain and its
 * separator, the token URL, one way to authenticate and the page size, and what they resolve to
 * when the client is built (checked URLs, the credential source, the paging). A class of its own
 * so that the client stays one role (the report endpoints); its setters are documented on the
 * builder, as the JDK's {@code StringBuilder} documents those of its package-private base.
 */
abstract class HorisenSettings extends ClientBuilder<HorisenClient.Builder> {
  private String platformDomain;
  private Separator separator = Separator.DOT;
  private String tokenUrl;
  private String clientId;
  private Secret clientSecret;
  private Secret accessToken;
  private Supplier<String> tokenSupplier;
  private Integer pageSize;

  HorisenSettings() {
    super(HorisenClient.PROVIDER_ID);
  }

  private HorisenClient.Builder self() {
    return (HorisenClient.Builder) this;
  }

  /**
   * Sets the platform domain. A URL set with {@code baseUrl(...)} replaces the whole API base,
   * path included, such as {@code https://proxy.example/bulk/traffic-report/v2}.
   *
   * @param domain your platform domain, such as {@code example.com}: the API is then at
   *               {@code https://api{separator}{domain}/bulk/traffic-report/v2} and tokens come
   *               from {@code https://accounts{separator}{domain}/oauth2/access-token}
   * @return this builder
   */
  public HorisenClient.Builder platformDomain(String domain) {
    this.platformDomain = Checks.platformDomain(domain);
    return self();
  }

  /**
   * Sets how host names join the platform domain.
   *
   * @param separator the separator (default {@link Separator#DOT})
   * @return this builder
   */
  public HorisenClient.Builder separator(Separator separator) {
    this.separator = Objects.requireNonNull(separator, "separator");
    return self();
  }

  /**
   * Sets where tokens are obtained.
   *
   * @param url the OAuth2 token endpoint; default
   *            {@code https://accounts{separator}{domain}/oauth2/access-token} (older platforms
   *            serve it on the API host: {@code https://api{separator}{domain}/oauth2/access-token})
   * @return this builder
   */
  public HorisenClient.Builder tokenUrl(String url) {
    this.tokenUrl = Objects.requireNonNull(url, "tokenUrl");
    return self();
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
  public HorisenClient.Builder clientCredentials(String clientId, String clientSecret) {
    this.clientId = Checks.text("clientId", clientId);
    this.clientSecret = Secret.of(Checks.text("clientSecret", clientSecret));
    return self();
  }

  /**
   * Authenticates with an access token you obtained yourself. It is never renewed: a 401 is
   * raised as an {@link io.simbridge.core.error.AuthenticationException} without a replay.
   *
   * @param token the bearer token
   * @return this builder
   */
  public HorisenClient.Builder accessToken(String token) {
    this.accessToken = Secret.of(Checks.accessToken(token));
    return self();
  }

  /**
   * Authenticates with tokens from your own supplier, asked for every call; after a 401 it is
   * asked once more and the call replayed once.
   *
   * @param supplier returns the current bearer token
   * @return this builder
   */
  public HorisenClient.Builder accessTokenSupplier(Supplier<String> supplier) {
    this.tokenSupplier = Objects.requireNonNull(supplier, "accessTokenSupplier");
    return self();
  }

  /**
   * Sets the page size.
   *
   * @param rows the rows per page to ask for ({@code page_size}); by default the server's own
   * @return this builder
   */
  public HorisenClient.Builder pageSize(int rows) {
    this.pageSize = Checks.pageSize(rows);
    return self();
  }

  /** Refuses a build with no or several ways to authenticate. */
  void requireOneWayToAuthenticate() {
    int ways =
        (clientId != null ? 1 : 0)
            + (accessToken != null ? 1 : 0)
            + (tokenSupplier != null ? 1 : 0);
    Checks.oneWayToAuthenticate(ways);
  }

  /**
   * The API's base URL.
   *
   * @param options the transport settings
   * @return the override, else the platform domain's API host; HTTPS unless allowed
   */
  String checkedBaseUrl(TransportOptions options) {
    return Checks.baseUrl(
        baseUrlOverride(), platformDomain, separator.symbol(), options.allowInsecureHttp());
  }

  /**
   * The OAuth2 token URL.
   *
   * @param options the transport settings
   * @return the URL set, else the platform domain's accounts host; empty unless the client
   *     authenticates with client credentials
   */
  Optional<String> checkedTokenUrl(TransportOptions options) {
    return clientId == null
        ? Optional.empty()
        : Optional.of(
            Checks.tokenUrl(
                tokenUrl, platformDomain, separator.symbol(), options.allowInsecureHttp()));
  }

  /**
   * How the client authenticates, for its {@code toString()}.
   *
   * @return a description that names no secret
   */
  String authentication() {
    return clientId != null
        ? "client credentials of " + clientId
        : accessToken != null ? "a fixed access token" : "supplied access tokens";
  }

  /**
   * The report calls, authenticated the way that was set.
   *
   * @param http     the client's executor
   * @param options  the transport settings
   * @param redactor the client's redactor
   * @param baseUrl  the checked base URL
   * @param tokenUrl the checked token URL, present with client credentials
   * @return the paging of every report endpoint
   */
  Paging paging(
      HttpExecutor http,
      TransportOptions options,
      Redactor redactor,
      String baseUrl,
      Optional<String> tokenUrl) {
    CredentialSource credentials =
        clientId != null
            ? AccessTokens.clientCredentials(
                http, options, redactor, tokenUrl.orElseThrow(), clientId, clientSecret)
            : accessToken != null
                ? AccessTokens.fixed(redactor, accessToken)
                : AccessTokens.supplied(redactor, tokenSupplier);
    return new Paging(
        http,
        credentials,
        baseUrl,
        pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize));
  }
}
