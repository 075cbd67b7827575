package io.simbridge.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retry decisions per operation kind and fault, with a manual clock: every wait is recorded
 * instead of slept, and the server's request count shows how often a call was really sent.
 */
class HttpExecutorTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final OperationSpec READ = OperationSpec.read("readThing");
  private static final OperationSpec WRITE = OperationSpec.write("writeThing");
  // Jitter fixed at its top so that each wait equals its cap: 250 ms, 500 ms, 1 s...
  private static final RetryPolicy POLICY = RetryPolicy.defaults().withJitter(() -> 1.0);

  private ManualClock clock;
  private HttpExecutor executor;

  @BeforeEach
  void setUp() {
    clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    executor =
        executor(
            TransportOptions.builder()
                .clock(clock)
                .sleeper(clock)
                .retryPolicy(POLICY)
                .readTimeout(Duration.ofMillis(500))
                .build());
  }

  private static HttpExecutor executor(TransportOptions options) {
    return HttpExecutor.create("test", options, Redactor.of(false, "token"));
  }

  private static OutboundRequest postTo(String path) {
    return OutboundRequest.post(server.baseUrl() + path).urlEncodedForm().field("a", "1").build();
  }

  /** Reads a JSON body; any non-2xx status is mapped by status. */
  private static final ResponseHandler<JsonNode> JSON =
      r -> {
        if (!r.isSuccessful()) {
          throw r.errorForStatus(null, null, Duration.ofSeconds(1));
        }
        return Mappers.json().readTree(r.bytes());
      };

  private static void stubScenario(
      String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    server.stubFor(
        post(path)
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("second"));
    server.stubFor(
        post(path)
            .inScenario(path)
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
  }

  @Nested
  class Reads {
    @Test
    void a503IsRetriedAfterTheFirstBackoff() {
      stubScenario("/r", aResponse().withStatus(503).withBody("<html>busy</html>"));

      JsonNode answer = executor.execute(READ, postTo("/r"), JSON);

      assertThat(answer.get("ok").asBoolean()).isTrue();
      server.verify(exactly(2), postRequestedFor(urlEqualTo("/r")));
      assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void persistentServerErrorsSpendEveryAttemptWithGrowingWaits() {
      server.stubFor(post("/r").willReturn(aResponse().withStatus(500)));

      assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), JSON))
          .isInstanceOf(ServiceUnavailableException.class)
          .hasMessageContaining("[test readThing] HTTP 500");
      server.verify(exactly(3), postRequestedFor(urlEqualTo("/r")));
      assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void aConnectionResetIsRetried() {
      stubScenario("/r", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

      assertThat(executor.execute(READ, postTo("/r"), JSON).get("ok").asBoolean()).isTrue();
      server.verify(exactly(2), postRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aReadTimeoutIsRetried() {
      stubScenario("/r", aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000));

      assertThat(executor.execute(READ, postTo("/r"), JSON).get("ok").asBoolean()).isTrue();
      server.verify(exactly(2), postRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aRateLimitAnswerWaitsWhatTheProviderAsks() {
      stubScenario("/r", aResponse().withStatus(429).withHeader("Retry-After", "7"));

      executor.execute(READ, postTo("/r"), JSON);

      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aWaitBeyondTheRetryBudgetIsNotStarted() {
      server.stubFor(
          post("/r").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

      assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), JSON))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2));
                assertThat(e.isClientSide()).isFalse();
              });
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/r")));
      assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void aMalformedAnswerIsNotRetriedAndQuotesTheBody() {
      server.stubFor(post("/r").willReturn(aResponse().withStatus(200).withBody("{\"ok\": tru")));

      assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), JSON))
          .isInstanceOfSatisfying(
              MalformedResponseException.class,
              e -> assertThat(e.excerpt()).isEqualTo("{\"ok\": tru"))
          .hasMessageContaining("not the documented format");
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void anAnswerThatArrivedButCannotBeDecodedIsMalformedNotRetried() {
      // UTF-32 detected from the first bytes, with a code unit no character has: Jackson throws a
      // CharConversionException, an IOException that is no network failure.
      java.nio.ByteBuffer utf32 =
          java.nio.ByteBuffer.allocate(16).putInt('{').putInt('"').putInt(0x00390000).putInt('}');
      server.stubFor(post("/r").willReturn(aResponse().withStatus(200).withBody(utf32.array())));

      assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), JSON))
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("could not be decoded");
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aConnectionLostUnderAParserThatWrapsItIsATransportFailure() {
      // Jackson's streaming readers hand the stream's IOException over inside their own exception.
      server.stubFor(post("/r").willReturn(aResponse().withStatus(200).withBody("{}")));
      ResponseHandler<JsonNode> wrapping =
          r -> {
            throw com.fasterxml.jackson.databind.JsonMappingException.from(
                (com.fasterxml.jackson.core.JsonParser) null,
                "Unexpected IOException",
                new BodyReadException(new java.io.EOFException("connection reset")));
          };

      assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), wrapping))
          .isExactlyInstanceOf(TransportException.class)
          .hasCauseInstanceOf(java.io.EOFException.class);
    }

    @Test
    void aCredentialNoHeaderCanCarryIsRefusedBeforeSending() {
      OutboundRequest request =
          OutboundRequest.post(server.baseUrl() + "/r")
              .header("Authorization", "Bearer a\nb")
              .build();

      assertThatThrownBy(() -> executor.execute(READ, request, JSON))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("header Authorization")
          .hasMessageNotContaining("Bearer");
      server.verify(exactly(0), postRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefused() {
      HttpExecutor small = executor(TransportOptions.builder().maxResponseBytes(1024).build());
      server.stubFor(post("/r").willReturn(aResponse().withStatus(200).withBody("x".repeat(5000))));

      assertThatThrownBy(() -> small.execute(READ, postTo("/r"), JSON))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("larger than the limit of 1024 bytes");
    }
  }

  @Nested
  class Writes {
    @Test
    void aServerErrorIsNeverRetriedAndIsAmbiguous() {
      server.stubFor(
          post("/w").willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

      assertThatThrownBy(() -> executor.execute(WRITE, postTo("/w"), JSON))
          .isInstanceOf(AmbiguousOutcomeException.class)
          .hasCauseInstanceOf(ServiceUnavailableException.class)
          .hasMessageContaining("[test writeThing] HTTP 502");
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    }

    @Test
    void aLostAnswerIsAmbiguousAndNotRepeated() {
      server.stubFor(post("/w").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

      assertThatThrownBy(() -> executor.execute(WRITE, postTo("/w"), JSON))
          .isInstanceOf(AmbiguousOutcomeException.class)
          .hasCauseInstanceOf(TransportException.class);
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    }

    @Test
    void aReadTimeoutIsAmbiguousAndNotRepeated() {
      server.stubFor(
          post("/w").willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(2_000)));

      assertThatThrownBy(() -> executor.execute(WRITE, postTo("/w"), JSON))
          .isInstanceOf(AmbiguousOutcomeException.class);
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    }

    @Test
    void anUnreadableAnswerToAWriteIsAmbiguousNotAFailure() {
      server.stubFor(
          post("/w").willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

      assertThatThrownBy(() -> executor.execute(WRITE, postTo("/w"), JSON))
          .isInstanceOf(AmbiguousOutcomeException.class)
          .hasCauseInstanceOf(MalformedResponseException.class);
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    }

    @Test
    void aRateLimitAnswerIsReportedNotRetried() {
      server.stubFor(post("/w").willReturn(aResponse().withStatus(429)));

      assertThatThrownBy(() -> executor.execute(WRITE, postTo("/w"), JSON))
          .isInstanceOf(RateLimitedException.class);
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/w")));
    }

    @Test
    void aRefusedConnectionProvesNothingWasSentSoItIsRetried() throws IOException {
      int closedPort;
      try (ServerSocket s = new ServerSocket(0)) {
        closedPort = s.getLocalPort();
      }
      OutboundRequest request =
          OutboundRequest.post("http://127.0.0.1:" + closedPort + "/w").build();

      assertThatThrownBy(() -> executor.execute(WRITE, request, JSON))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.mayHaveReachedProvider()).isFalse())
          .hasMessageContaining("the request was not sent");
      assertThat(clock.sleeps()).hasSize(2);
    }
  }

  @Test
  void aStreamedAnswerIsNotCutByTheWholeCallTimeout() throws IOException {
    // The body trickles in for longer than the call timeout, never silent for longer than the
    // read timeout: a streaming operation reads it all; an ordinary one is cut.
    server.stubFor(
        post("/csv")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("x".repeat(40))
                    .withChunkedDribbleDelay(8, 1_600)));
    HttpExecutor shortCalls =
        executor(
            TransportOptions.builder()
                .callTimeout(Duration.ofMillis(800))
                .readTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.none())
                .build());
    ResponseHandler<java.io.InputStream> detach = InboundResponse::detach;

    try (java.io.InputStream body = shortCalls.execute(READ.asStreamed(), postTo("/csv"), detach)) {
      assertThat(body.readAllBytes()).hasSize(40);
    }
    assertThatThrownBy(
            () -> {
              try (java.io.InputStream body = shortCalls.execute(READ, postTo("/csv"), detach)) {
                body.readAllBytes();
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void everyRequestCarriesTheUserAgent() {
    server.stubFor(post("/r").willReturn(aResponse().withStatus(200).withBody("{}")));

    executor.execute(READ, postTo("/r"), JSON);

    server.verify(
        postRequestedFor(urlEqualTo("/r"))
            .withHeader("User-Agent", equalTo(HttpExecutor.USER_AGENT)));
    assertThat(HttpExecutor.USER_AGENT).matches("simbridge-java/\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void plainHttpToAHostThatIsNotLoopbackIsRefusedBeforeSending() {
    OutboundRequest request = OutboundRequest.post("http://api.example.com/x").build();

    assertThatThrownBy(() -> executor.execute(READ, request, JSON))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plain HTTP to api.example.com");
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void plainHttpIsAllowedWhenTheUserOptsIn() {
    assertThat(Urls.requireAllowed("baseUrl", "http://proxy.internal:8080/", true))
        .isEqualTo("http://proxy.internal:8080");
  }

  @Nested
  class Credentials {
    @Test
    void aRejectedRenewableCredentialIsRenewedAndTheCallReplayedOnce() {
      server.stubFor(
          post("/a")
              .withHeader("Authorization", equalTo("Bearer old"))
              .willReturn(aResponse().withStatus(401)));
      server.stubFor(
          post("/a")
              .withHeader("Authorization", equalTo("Bearer new"))
              .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
      AtomicInteger fetches = new AtomicInteger();
      TokenCache tokens =
          new TokenCache(
              () ->
                  new TokenCache.Token(
                      fetches.incrementAndGet() == 1 ? "old" : "new", java.util.Optional.empty()),
              executor,
              Duration.ofSeconds(10),
              executor.details("token"));

      JsonNode answer =
          executor.execute(
              READ,
              tokens,
              t ->
                  OutboundRequest.post(server.baseUrl() + "/a")
                      .header("Authorization", "Bearer " + t)
                      .build(),
              JSON);

      assertThat(answer.get("ok").asBoolean()).isTrue();
      assertThat(fetches).hasValue(2);
      server.verify(exactly(2), postRequestedFor(urlEqualTo("/a")));
    }

    @Test
    void aFixedCredentialIsNotReplayed() {
      server.stubFor(post("/a").willReturn(aResponse().withStatus(401)));

      assertThatThrownBy(
              () ->
                  executor.execute(
                      READ,
                      CredentialSource.fixed("static"),
                      t ->
                          OutboundRequest.post(server.baseUrl() + "/a")
                              .header("Authorization", "Bearer " + t)
                              .build(),
                      JSON))
          .isInstanceOf(AuthenticationException.class);
      server.verify(exactly(1), postRequestedFor(urlEqualTo("/a")));
    }
  }

  @Test
  void aClosedExecutorRefusesCalls() {
    executor.close();

    assertThatThrownBy(() -> executor.execute(READ, postTo("/r"), JSON))
        .isInstanceOf(IllegalStateException.class);
  }
}
