package io.simbridge.thingsmobile;

import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.Secret;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.internal.http.Urls;
import io.simbridge.thingsmobile.internal.Calls;
import io.simbridge.thingsmobile.internal.Checks;
import io.simbridge.thingsmobile.internal.Requests;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Objects;

/**
 * The Things Mobile settings {@link ThingsMobileClient.Builder} collects: host, credentials, the
 * test host's basic authentication and the server zone; and the building of the client from them
 * (its requests, and its calls through the core transport). A class of its own so that the client
 * stays one role (the operations); its setters and {@link #build()} are documented on the builder,
 * as the JDK's {@code StringBuilder} documents those of its package-private base.
 */
abstract class ThingsMobileSettings extends ClientBuilder<ThingsMobileClient.Builder> {
  ThingsMobileEnvironment environment = ThingsMobileEnvironment.PRODUCTION;
  Secret username;
  Secret token;
  String basicAuthUser = ThingsMobileClient.TEST_BASIC_AUTH_USER;
  Secret basicAuthPassword = Secret.of(ThingsMobileClient.TEST_BASIC_AUTH_PASSWORD);
  ZoneId serverZone = ThingsMobileClient.DEFAULT_SERVER_ZONE;

  ThingsMobileSettings() {
    super(ThingsMobileClient.PROVIDER_ID);
  }

  private ThingsMobileClient.Builder self() {
    return (ThingsMobileClient.Builder) this;
  }

  /**
   * @param environment the host (default {@link ThingsMobileEnvironment#PRODUCTION}); a
   *                    {@link #baseUrl(String) base URL override} replaces the host but keeps
   *                    the environment's authentication
   * @return this builder
   */
  public ThingsMobileClient.Builder environment(ThingsMobileEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return self();
  }

  /**
   * @param username the portal username (required)
   * @return this builder
   */
  public ThingsMobileClient.Builder username(String username) {
    this.username = Secret.of(Checks.notBlank("username", username));
    return self();
  }

  /**
   * @param token the API token from the portal's profile section (required)
   * @return this builder
   */
  public ThingsMobileClient.Builder token(String token) {
    return token(Secret.of(Checks.notBlank("token", token)));
  }

  /**
   * @param token the API token (required)
   * @return this builder
   */
  public ThingsMobileClient.Builder token(Secret token) {
    this.token = Objects.requireNonNull(token, "token");
    return self();
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
  public ThingsMobileClient.Builder testBasicAuth(String user, String password) {
    this.basicAuthUser = Checks.notBlank("testBasicAuthUser", user);
    if (user.indexOf(':') >= 0) {
      throw new InvalidInputException(
          "testBasicAuthUser", "contains ':'", "a user name without ':'");
    }
    this.basicAuthPassword = Secret.of(Checks.notBlank("testBasicAuthPassword", password));
    return self();
  }

  /**
   * The documented sandbox: the {@link ThingsMobileEnvironment#TEST test host}, its basic
   * authentication, and the sandbox username and token, whose answers depend on the MSISDN
   * (882360000000001 to 882360000000005; see the documentation's testing section).
   *
   * @return this builder
   */
  public ThingsMobileClient.Builder sandbox() {
    this.environment = ThingsMobileEnvironment.TEST;
    this.username = Secret.of(ThingsMobileClient.SANDBOX_USERNAME);
    this.token = Secret.of(ThingsMobileClient.SANDBOX_TOKEN);
    this.basicAuthUser = ThingsMobileClient.TEST_BASIC_AUTH_USER;
    this.basicAuthPassword = Secret.of(ThingsMobileClient.TEST_BASIC_AUTH_PASSWORD);
    return self();
  }

  /**
   * @param zone the zone the neutral view reads the API's zoneless dates in, and writes date
   *             ranges in (default {@link ThingsMobileClient#DEFAULT_SERVER_ZONE})
   * @return this builder
   */
  public ThingsMobileClient.Builder serverZone(ZoneId zone) {
    this.serverZone = Objects.requireNonNull(zone, "serverZone");
    return self();
  }

  /**
   * @return the client
   * @throws InvalidInputException if the username or token is missing, or the base URL is not
   *     allowed
   */
  public ThingsMobileClient build() {
    requireCredentials();
    TransportOptions options = TransportOptions.Bridge.of(this);
    String baseUrl = checkedBaseUrl(options);
    Redactor redactor =
        Redactor.of(options.maskSubscriberIdsInLogs(), "token", "password", "username");
    Requests requests = requests(baseUrl, redactor);
    String provider = ThingsMobileClient.PROVIDER_ID;
    String account = CallLimitStore.fingerprint(provider, baseUrl, username.reveal());
    Calls calls = new Calls(HttpExecutor.create(provider, account, options, redactor));
    return new ThingsMobileClient(this, baseUrl, requests, calls);
  }

  /** Refuses a build without the credentials every call carries. */
  private void requireCredentials() {
    if (username == null) {
      throw new InvalidInputException(
          "username", "is not set", "the username of your Things Mobile portal");
    }
    if (token == null) {
      throw new InvalidInputException(
          "token", "is not set", "the API token of your Things Mobile portal");
    }
  }

  /**
   * @param options the transport settings
   * @return the base URL: the override, else the environment's host; HTTPS unless allowed
   */
  private String checkedBaseUrl(TransportOptions options) {
    return Urls.requireAllowed(
        "baseUrl", baseUrlOverride().orElse(environment.baseUrl()), options.allowInsecureHttp());
  }

  /**
   * Builds the client's requests, teaching the redactor every spelling of a credential first.
   *
   * @param baseUrl  the checked base URL
   * @param redactor the client's redactor
   * @return the requests
   */
  private Requests requests(String baseUrl, Redactor redactor) {
    redactor.addSecret(username.reveal());
    redactor.addSecret(token.reveal());
    Secret basicAuthorization = null;
    if (environment.usesBasicAuth()) {
      String pair = basicAuthUser + ":" + basicAuthPassword.reveal();
      String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      basicAuthorization = Secret.of("Basic " + encoded);
      redactor.addSecret(basicAuthPassword.reveal());
      redactor.addSecret(encoded);
    }
    return new Requests(baseUrl, username, token, basicAuthorization);
  }
}
