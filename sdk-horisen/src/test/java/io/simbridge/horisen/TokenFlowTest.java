package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTrafficRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OAuth2 client credentials, token caching and renewal, and the other two ways to authenticate. */
class TokenFlowTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final ResponseDefinitionBuilder NOT_AUTHORIZED =
      aResponse()
          .withStatus(401)
          .withBody("{\"Code\": \"NOT_AUTHORIZED\", \"Message\": \"Not authorized.\"}");

  private static void stubReports() {
    server.stubFor(get(urlPathMatching(API + "/.*")).willReturn(okJson(emptyPage())));
  }

  /** Issues tok-1, tok-2, ... in turn, each valid for {@code expiresIn} seconds. */
  private static void stubTokenSequence(int count, int expiresIn) {
    for (int i = 1; i <= count; i++) {
      server.stubFor(
          post(TOKEN_PATH)
              .inScenario("tokens")
              .whenScenarioStateIs(i == 1 ? STARTED : "issued-" + (i - 1))
              .willReturn(
                  okJson(
                      "{\"access_token\": \"tok-"
                          + i
                          + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                          + expiresIn
                          + "}"))
              .willSetStateTo("issued-" + i));
    }
  }

  private static List<String> bearerTokensSent() {
    return apiRequests().stream().map(r -> r.getHeader("Authorization")).toList();
  }

  private void callReport(HorisenClient client) {
    client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1);
  }

  @Test
  void theTokenRequestIsAFormEncodedClientCredentialsGrant() {
    stubToken();
    stubReports();

    callReport(client());

    LoggedRequest token = server.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
    assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getHeader("Accept")).isEqualTo("application/json");
    assertThat(formFields(token.getBodyAsString()))
        .containsExactly(
            "grant_type=client_credentials",
            "client_id=" + CLIENT_ID,
            "client_secret=" + CLIENT_SECRET);
    assertThat(onlyApiRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void theDefaultTokenUrlIsOnTheAccountsHost() {
    HorisenClient client =
        track(
            HorisenClient.builder()
                .platformDomain("example.com")
                .separator(Separator.HYPHEN)
                .clientCredentials(CLIENT_ID, CLIENT_SECRET)
                .build());

    assertThat(client.tokenUrl()).contains("https://accounts-example.com/oauth2/access-token");
  }

  @Test
  void aTokenIsReusedUntilShortlyBeforeItExpires() {
    stubTokenSequence(2, 3600);
    stubReports();
    HorisenClient client = client();

    callReport(client);
    clock.advance(Duration.ofSeconds(3539)); // renewal is due 60 s before expiry: at 3540 s
    callReport(client);
    assertThat(tokenRequests()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    callReport(client);

    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(bearerTokensSent()).containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void a401IsAnsweredWithOneNewTokenAndOneReplay() {
    stubTokenSequence(2, 3600);
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer tok-1"))
            .willReturn(NOT_AUTHORIZED));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer tok-2"))
            .willReturn(okJson(emptyPage())));

    callReport(client());

    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(bearerTokensSent()).containsExactly("Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void a401AfterTheReplayIsAnAuthenticationError() {
    stubTokenSequence(3, 3600);
    server.stubFor(get(urlPathMatching(API + "/.*")).willReturn(NOT_AUTHORIZED));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> callReport(client()));

    assertThat(e.providerCode()).contains("NOT_AUTHORIZED");
    assertThat(e.providerMessage()).contains("Not authorized.");
    assertThat(bearerTokensSent()).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  /**
   * 32 threads need a token at the same moment; the token endpoint answers slowly (300 ms), so
   * that without the single fetch every thread would have asked for its own.
   */
  @Test
  void thirtyTwoThreadsNeedingATokenAtOnceMakeOneTokenRequest() throws Exception {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(okJson(fixture("oauth2-access-token.json")).withFixedDelay(300)));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .willReturn(
                okJson(
                    "{\"data\": [], \"meta\": {\"pagination\": {\"currentPage\": 1, \"totalPages\": 1}}}")));
    HorisenClient client = client();
    OverallTrafficRequest request =
        OverallTrafficRequest.builder(
                OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                OffsetDateTime.parse("2024-10-02T00:00:00Z"))
            .build();
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return client.overallTrafficReportsPage(request, 1);
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      for (Future<?> call : calls) {
        call.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(tokenRequests()).isEqualTo(1);
    assertThat(bearerTokensSent()).hasSize(threads).containsOnly("Bearer " + TOKEN);
  }

  @Test
  void aFixedAccessTokenIsNeverRenewedSoA401IsNotReplayed() {
    server.stubFor(get(urlPathMatching(API + "/.*")).willReturn(NOT_AUTHORIZED));
    HorisenClient client =
        track(
            HorisenClient.builder()
                .baseUrl(server.baseUrl() + API)
                .accessToken("fixed-token-123")
                .clock(clock)
                .sleeper(clock)
                .build());

    assertThatThrownBy(() -> callReport(client)).isExactlyInstanceOf(AuthenticationException.class);

    assertThat(bearerTokensSent()).containsExactly("Bearer fixed-token-123");
    assertThat(tokenRequests()).isZero();
    assertThat(client.tokenUrl()).isEmpty();
  }

  @Test
  void aSuppliedTokenIsAskedForEveryCallAndOnceMoreAfterA401() {
    AtomicInteger asked = new AtomicInteger();
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer sup-1"))
            .willReturn(NOT_AUTHORIZED));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .withHeader("Authorization", equalTo("Bearer sup-2"))
            .willReturn(okJson(emptyPage())));
    HorisenClient client =
        track(
            HorisenClient.builder()
                .baseUrl(server.baseUrl() + API)
                .accessTokenSupplier(
                    () -> asked.get() < 2 ? "sup-" + asked.incrementAndGet() : "sup-2")
                .clock(clock)
                .sleeper(clock)
                .build());

    callReport(client);
    callReport(client);

    assertThat(bearerTokensSent()).containsExactly("Bearer sup-1", "Bearer sup-2", "Bearer sup-2");
    assertThat(tokenRequests()).isZero();
  }

  @Test
  void refusedClientCredentialsAreAnAuthenticationErrorAndNoReportIsAskedFor() {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed\"}")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> callReport(client()));

    assertThat(e.operation()).isEqualTo("oauth2AccessToken");
    assertThat(e.providerCode()).contains("invalid_client");
    assertThat(e.providerMessage()).contains("Client authentication failed");
    assertThat(e).hasMessageContaining("refused the client credentials");
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void aTokenEndpointAnsweringHorisenStyleIsReadToo() {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"Code\": \"NOT_AUTHORIZED\", \"Message\": \"Not authorized.\"}")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> callReport(client()));

    assertThat(e.providerCode()).contains("NOT_AUTHORIZED");
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void aTokenAnswerWithoutAccessTokenIsMalformed() {
    server.stubFor(
        post(TOKEN_PATH).willReturn(okJson("{\"token_type\": \"Bearer\", \"expires_in\": 3600}")));

    assertThatThrownBy(() -> callReport(client()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("access_token");
    assertThat(apiRequests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"tok secret\"",
        "\"tok-\u0661\u0662\"",
        "\"tok\\r\\nX-Injected: 1\"",
        "1e9999999",
        "12345"
      })
  void aTokenAHeaderCannotCarryOrThatIsNotAStringIsMalformedAndNeverSent(String token) {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(okJson("{\"access_token\": " + token + ", \"expires_in\": 3600}")));

    assertThatThrownBy(() -> callReport(client()))
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("access_token")
        .hasMessageNotContaining("secret");
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void aFixedTokenAHeaderCannotCarryIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> HorisenClient.builder().accessToken("tok secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visible ASCII")
        .hasMessageNotContaining("secret\"");
  }

  @Test
  void aSuppliedTokenAHeaderCannotCarryFailsTheCallBeforeItIsSent() {
    HorisenClient client =
        track(
            HorisenClient.builder()
                .baseUrl(server.baseUrl() + API)
                .accessTokenSupplier(() -> "tok\nsecret")
                .clock(clock)
                .sleeper(clock)
                .build());

    assertThatThrownBy(() -> callReport(client))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("header Authorization")
        .hasMessageNotContaining("secret");
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void aTokenOfAnotherTypeThanBearerIsRefusedWithoutShowingIt() {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(
                okJson(
                    "{\"access_token\": \"mac-token-secret-value\", \"token_type\": \"mac\", \"expires_in\": 3600}")));

    assertThatThrownBy(() -> callReport(client()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("token_type is 'mac'")
        .hasMessageNotContaining("mac-token-secret-value");
  }

  @Test
  void aTokenWithoutExpiryIsKeptUntilRejected() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\": \"forever-token\"}")));
    stubReports();
    HorisenClient client = client();

    callReport(client);
    clock.advance(Duration.ofDays(2));
    callReport(client);

    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void anExpiryWrittenAsAStringIsReadToo() {
    server.stubFor(
        post(TOKEN_PATH)
            .willReturn(okJson("{\"access_token\": \"tok\", \"expires_in\": \"3600\"}")));
    stubReports();
    HorisenClient client = client();

    callReport(client);
    clock.advance(Duration.ofSeconds(3539)); // renewal is due 60 s before expiry: at 3540 s
    callReport(client);
    assertThat(tokenRequests()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    callReport(client);

    assertThat(tokenRequests()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "null", "\"tok\""})
  void aTokenAnswerThatIsNotAnObjectIsMalformed(String answer) {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(answer)));

    assertThatThrownBy(() -> callReport(client()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("the token answer is not a JSON object");
    assertThat(apiRequests()).isEmpty();
  }

  private static List<String> formFields(String body) {
    return List.of(body.split("&")).stream()
        .map(f -> URLDecoder.decode(f, StandardCharsets.UTF_8))
        .toList();
  }
}
