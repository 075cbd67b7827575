package io.simbridge.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 section 1 and section 6, issue 15 "what servers say about waiting": whatever
 * {@link OkHttpClient} the user hands in, OkHttp makes no request of its own, and
 * {@code Retry-After} is read in both forms, clamped, and honoured by simbridge's retry rules.
 */
class OnlySimbridgeTransmitsTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final OperationSpec READ = OperationSpec.read("readThing");
  private static final OperationSpec WRITE = OperationSpec.write("writeThing");
  private static final RetryPolicy POLICY = RetryPolicy.defaults().withJitter(() -> 1.0);
  private static final ResponseHandler<JsonNode> JSON =
      r -> {
        if (!r.isSuccessful()) {
          throw r.errorForStatus(null, null, Duration.ofSeconds(1));
        }
        return Mappers.json().readTree(r.bytes());
      };

  private ManualClock clock;

  @BeforeEach
  void setUp() {
    clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  }

  private HttpExecutor executor(OkHttpClient userClient) {
    TransportOptions.Builder b =
        TransportOptions.builder()
            .clock(clock)
            .sleeper(clock)
            .retryPolicy(POLICY)
            .readTimeout(Duration.ofSeconds(20));
    if (userClient != null) {
      b.httpClient(userClient);
    }
    return HttpExecutor.create("test", b.build(), Redactor.of(false));
  }

  private static OutboundRequest send(String path) {
    return OutboundRequest.post(server.baseUrl() + path)
        .urlEncodedForm()
        .field("amount", "10")
        .build();
  }

  private static int requests(String path) {
    return server.countRequestsMatching(postRequestedFor(urlEqualTo(path)).build()).getCount();
  }

  @Test
  void aWriteAnswered503WithRetryAfterZeroIsSentOnce() {
    server.stubFor(
        post("/w").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> executor(null).execute(WRITE, send("/w"), JSON))
        .isInstanceOf(AmbiguousOutcomeException.class);
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
  }

  @Test
  void aReadAnswered503WithRetryAfterZeroIsRepeatedOnlyByTheRetryPolicy() {
    server.stubFor(
        post("/r").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> executor(null).execute(READ, send("/r"), JSON))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(requests("/r")).isEqualTo(3);
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aUserAuthenticatorNeverResendsAWriteAnswered401() {
    server.stubFor(post("/w").willReturn(aResponse().withStatus(401)));
    OkHttpClient user =
        new OkHttpClient.Builder()
            .authenticator(
                (route, response) ->
                    response.request().newBuilder().header("Authorization", "Basic x").build())
            .proxyAuthenticator((route, response) -> response.request().newBuilder().build())
            .build();

    assertThatThrownBy(() -> executor(user).execute(WRITE, send("/w"), JSON))
        .isInstanceOf(AuthenticationException.class);
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
  }

  @Test
  void aUserClientThatFollowsRedirectsAndRetriesDoesNeither() {
    server.stubFor(
        post("/w").willReturn(aResponse().withStatus(307).withHeader("Location", "/elsewhere")));
    server.stubFor(post("/t").willReturn(aResponse().withStatus(408)));
    OkHttpClient user =
        new OkHttpClient.Builder()
            .followRedirects(true)
            .followSslRedirects(true)
            .retryOnConnectionFailure(true)
            .build();
    HttpExecutor executor = executor(user);

    assertThatThrownBy(() -> executor.execute(WRITE, send("/w"), JSON))
        .isInstanceOf(ProviderErrorException.class);
    assertThatThrownBy(() -> executor.execute(WRITE, send("/t"), JSON))
        .isInstanceOf(ProviderErrorException.class);
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    server.verify(exactly(0), postRequestedFor(urlEqualTo("/elsewhere")));
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/t")));
  }

  @Test
  void theGuardRefusesASecondTransmissionThatSlipsThrough() {
    server.stubFor(post("/w").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    // A user's own retry interceptor sends every request twice: the guard must stop the second.
    OkHttpClient user =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  chain.proceed(chain.request()).close();
                  return chain.proceed(chain.request());
                })
            .build();

    assertThatThrownBy(() -> executor(user).execute(WRITE, send("/w"), JSON))
        .isInstanceOf(AmbiguousOutcomeException.class)
        .hasRootCauseInstanceOf(GuardedHttp.SecondTransmissionException.class);
    server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
  }

  @Test
  void aRetryAfterOfLongMaxValueIsClampedAndA429OnAWriteIsARefusal() {
    server.stubFor(
        post("/r")
            .willReturn(
                aResponse().withStatus(429).withHeader("Retry-After", "9223372036854775807")));
    server.stubFor(
        post("/w")
            .willReturn(
                aResponse().withStatus(429).withHeader("Retry-After", "9223372036854775807")));
    HttpExecutor executor = executor(null);

    assertThatThrownBy(() -> executor.execute(READ, send("/r"), JSON))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(RetryAfter.MAX));
    assertThatThrownBy(() -> executor.execute(WRITE, send("/w"), JSON))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(RetryAfter.MAX));
    assertThat(requests("/r")).isEqualTo(1);
    assertThat(requests("/w")).isEqualTo(1);
  }

  @Test
  void aReadWaitsAtLeastTheRetryAfterOfA503() {
    server.stubFor(
        post("/r").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")));

    assertThatThrownBy(() -> executor(null).execute(READ, send("/r"), JSON))
        .isInstanceOfSatisfying(
            ServiceUnavailableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void aReadGivesUpAtOnceWhenA503AsksForMoreThanTheBudget() {
    server.stubFor(
        post("/r").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "45")));

    assertThatThrownBy(() -> executor(null).execute(READ, send("/r"), JSON))
        .isInstanceOfSatisfying(
            ServiceUnavailableException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
    assertThat(requests("/r")).isEqualTo(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void aRetryAfterGivenAsAnHttpDateIsMeasuredWithTheInjectedClock() {
    server.stubFor(
        post("/r")
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Retry-After", "Thu, 01 Jan 2026 00:00:09 GMT")));

    assertThatThrownBy(() -> executor(null).execute(READ, send("/r"), JSON))
        .isInstanceOf(ServiceUnavailableException.class);
    // 9 s from the first answer, then the date is only 0 s away: the backoff applies.
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(9), Duration.ofMillis(500));
  }

  @Test
  void everyFormOfRetryAfterIsRead() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:01:00 GMT", clock))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Thursday, 01-Jan-26 00:01:00 GMT", clock))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Thu Jan  1 00:01:00 2026", clock)).contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Wed, 31 Dec 2025 23:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).contains(RetryAfter.MAX);
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
  }
}
