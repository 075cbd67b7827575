package io.simbridge.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.internal.parse.Mappers;
import io.simbridge.core.observe.CallEnded;
import io.simbridge.core.observe.CallLimitWait;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.observe.CallOutcome;
import io.simbridge.core.observe.CallRetry;
import io.simbridge.core.observe.CallStarted;
import io.simbridge.core.observe.RateLimitAnswer;
import io.simbridge.core.observe.RecordingListener;
import io.simbridge.core.observe.TokenRenewal;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 (observability), core: the events each kind of call produces, in order, and the
 * guarantees around them (a listener that throws changes nothing, no listener costs nothing).
 */
class CallEventsTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  @RegisterExtension LogCapture logs = new LogCapture();

  private static final OperationSpec READ = OperationSpec.read("readThing");
  private static final OperationSpec WRITE = OperationSpec.write("writeThing");
  private static final RetryPolicy POLICY = RetryPolicy.defaults().withJitter(() -> 1.0);
  private static final ResponseHandler<JsonNode> JSON =
      r -> {
        if (!r.isSuccessful()) {
          throw r.errorForStatus(r.status() == 429 ? "429" : null, null, Duration.ofSeconds(2));
        }
        return Mappers.json().readTree(r.bytes());
      };

  private ManualClock clock;
  private RecordingListener recorder;

  @BeforeEach
  void setUp() {
    clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    recorder = new RecordingListener();
  }

  private HttpExecutor executor(CallListener... listeners) {
    TransportOptions.Builder b =
        TransportOptions.builder()
            .clock(clock)
            .sleeper(clock)
            .retryPolicy(POLICY)
            .readTimeout(Duration.ofSeconds(10));
    for (CallListener l : listeners) {
      b.addListener(l);
    }
    return HttpExecutor.create("test", b.build(), Redactor.of(false, "token"));
  }

  private static OutboundRequest postTo(String path) {
    return OutboundRequest.post(server.baseUrl() + path).urlEncodedForm().field("a", "1").build();
  }

  private static void firstThen(
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

  @Test
  void aSuccessfulCallStartsOnceAndEndsOnceWithStatusAndBytes() {
    server.stubFor(post("/ok").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));

    executor(recorder).execute(READ, postTo("/ok"), JSON);

    assertThat(recorder.events()).hasSize(2);
    CallStarted started = recorder.of(CallStarted.class).get(0);
    assertThat(started.attempt()).isEqualTo(1);
    assertThat(started.call().operation().name()).isEqualTo("readThing");
    assertThat(started.call().operation().provider()).isEqualTo("test");
    assertThat(started.call().operation().write()).isFalse();
    assertThat(started.call().method()).isEqualTo("POST");
    assertThat(started.call().serverAddress()).isEqualTo("localhost");
    assertThat(started.call().serverPort()).isEqualTo(server.getPort());
    CallEnded ended = recorder.of(CallEnded.class).get(0);
    assertThat(ended.call()).isSameAs(started.call());
    assertThat(ended.outcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThat(ended.errorType()).isEmpty();
    assertThat(ended.httpStatus()).isEqualTo(200);
    assertThat(ended.attempts()).isEqualTo(1);
    assertThat(ended.bytesSent()).isEqualTo("a=1".length());
    assertThat(ended.bytesReceived()).isEqualTo("{\"ok\":true}".length());
  }

  @Test
  void aRetriedReadReportsWhyAndHowLongItWaitedThenTheNextAttempt() {
    firstThen("/flaky", aResponse().withStatus(503));

    executor(recorder).execute(READ, postTo("/flaky"), JSON);

    assertThat(recorder.events())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("CallStarted", "CallRetry", "CallStarted", "CallEnded");
    CallRetry retry = recorder.of(CallRetry.class).get(0);
    assertThat(retry.failedAttempt()).isEqualTo(1);
    assertThat(retry.errorType()).isEqualTo("ServiceUnavailableException");
    assertThat(retry.httpStatus()).isEqualTo(503);
    assertThat(retry.delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(recorder.of(CallStarted.class))
        .extracting(CallStarted::attempt)
        .containsExactly(1, 2);
    CallEnded ended = recorder.of(CallEnded.class).get(0);
    assertThat(ended.attempts()).isEqualTo(2);
    assertThat(ended.duration()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void aProviderRateLimitAnswerIsReportedWithTheWaitItAsks() {
    firstThen("/busy", aResponse().withStatus(429).withHeader("Retry-After", "3"));

    executor(recorder).execute(READ, postTo("/busy"), JSON);

    RateLimitAnswer answer = recorder.of(RateLimitAnswer.class).get(0);
    assertThat(answer.attempt()).isEqualTo(1);
    assertThat(answer.httpStatus()).isEqualTo(429);
    assertThat(answer.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(recorder.of(CallRetry.class).get(0).delay()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aWriteWhoseAnswerIsLostEndsAmbiguousIsLoggedAndCarriesItsAttemptCount() {
    server.stubFor(post("/lost").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> executor(recorder).execute(WRITE, postTo("/lost"), JSON))
        .isInstanceOfSatisfying(
            AmbiguousOutcomeException.class, e -> assertThat(e.attempts()).isEqualTo(1));

    CallEnded ended = recorder.of(CallEnded.class).get(0);
    assertThat(ended.outcome()).isEqualTo(CallOutcome.AMBIGUOUS);
    assertThat(ended.errorType()).contains("AmbiguousOutcomeException");
    assertThat(ended.call().operation().write()).isTrue();
    assertThat(ended.call().operation().kind()).isEqualTo("write");
    assertThat(logs.lines())
        .anyMatch(l -> l.startsWith("DEBUG") && l.contains("[test writeThing] outcome unknown"));
  }

  @Test
  void aFailedCallEndsFailedWithItsTypeStatusAndAttemptsInTheException() {
    server.stubFor(
        post("/down").willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "req-42")));

    assertThatThrownBy(() -> executor(recorder).execute(READ, postTo("/down"), JSON))
        .isInstanceOfSatisfying(
            ServiceUnavailableException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(POLICY.maxAttempts());
              assertThat(e.requestId()).contains("req-42");
              assertThat(e.getMessage()).contains("request id req-42");
            });

    CallEnded ended = recorder.of(CallEnded.class).get(0);
    assertThat(ended.outcome()).isEqualTo(CallOutcome.FAILED);
    assertThat(ended.errorType()).contains("ServiceUnavailableException");
    assertThat(ended.httpStatus()).isEqualTo(503);
    assertThat(ended.attempts()).isEqualTo(POLICY.maxAttempts());
    assertThat(recorder.of(CallRetry.class)).hasSize(POLICY.maxAttempts() - 1);
  }

  @Test
  void aCallLimitWaitIsReportedBeforeTheWaitAndLoggedInSeconds() {
    server.stubFor(post("/limited").willReturn(aResponse().withStatus(200).withBody("{}")));
    OperationSpec limited = OperationSpec.read("simStatus").withMinInterval(Duration.ofSeconds(5));
    HttpExecutor executor = executor(recorder);

    executor.execute(limited, postTo("/limited"), JSON);
    clock.advance(Duration.ofMillis(800));
    executor.execute(limited, postTo("/limited"), JSON);

    CallLimitWait wait = recorder.of(CallLimitWait.class).get(0);
    assertThat(wait.duration()).isEqualTo(Duration.ofMillis(4200));
    assertThat(wait.interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(wait.attempt()).isEqualTo(1);
    assertThat(logs.lines())
        .anyMatch(
            l ->
                l.startsWith("DEBUG")
                    && l.contains("waiting 4.2 s for simStatus: one call per 5 s"));
  }

  @Test
  void theCallLimitWaitIsLoggedEvenWithNoListener() {
    server.stubFor(post("/limited").willReturn(aResponse().withStatus(200).withBody("{}")));
    OperationSpec limited = OperationSpec.read("simStatus").withMinInterval(Duration.ofSeconds(5));
    HttpExecutor executor = executor();

    executor.execute(limited, postTo("/limited"), JSON);
    executor.execute(limited, postTo("/limited"), JSON);

    assertThat(logs.lines())
        .anyMatch(l -> l.contains("waiting 5 s for simStatus: one call per 5 s"));
  }

  @Test
  void aListenerThatThrowsChangesNothingAndIsLoggedOnce() {
    server.stubFor(post("/ok").willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    CallListener broken =
        new CallListener() {
          @Override
          public void callStarted(CallStarted event) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void callEnded(CallEnded event) {
            throw new AssertionError("listener bug");
          }
        };
    HttpExecutor executor = executor(broken, recorder);

    JsonNode first = executor.execute(READ, postTo("/ok"), JSON);
    JsonNode second = executor.execute(READ, postTo("/ok"), JSON);

    assertThat(first.get("ok").asBoolean()).isTrue();
    assertThat(second.get("ok").asBoolean()).isTrue();
    assertThat(recorder.of(CallEnded.class)).hasSize(2);
    assertThat(logs.lines())
        .filteredOn(l -> l.startsWith("WARN") && l.contains("call listener"))
        .hasSize(1);
  }

  @Test
  void aListenerThatThrowsDoesNotHideTheCallsOwnFailure() {
    server.stubFor(post("/down").willReturn(aResponse().withStatus(404)));
    CallListener broken =
        new CallListener() {
          @Override
          public void callEnded(CallEnded event) {
            throw new IllegalStateException("listener bug");
          }
        };

    assertThatThrownBy(() -> executor(broken).execute(READ, postTo("/down"), JSON))
        .isInstanceOf(SimApiException.class)
        .hasMessageNotContaining("listener bug");
  }

  @Test
  void eachCallNamesTheHostAndPortItGoesToButNoUserinfoPathOrQuery() {
    CallEvents events = executor(recorder).events();
    for (String url :
        new String[] {
          "http://localhost:8080/a",
          "http://localhost:8080/b?msisdn=882360000000004",
          "http://localhost",
          "http://localhostile:81/x",
          "https://user:secret-pw@api.example.com/c"
        }) {
      events.start(READ, OutboundRequest.post(url).build()).attemptStarted(1);
    }

    assertThat(recorder.of(CallStarted.class))
        .extracting(e -> e.call().serverAddress() + ":" + e.call().serverPort())
        .containsExactly(
            "localhost:8080",
            "localhost:8080",
            "localhost:80",
            "localhostile:81",
            "api.example.com:443");
    assertThat(recorder.events().toString())
        .doesNotContain("secret-pw", "882360000000004", "/a", "/c");
  }

  @Test
  void withNoListenerEveryCallSharesOneInertEventSink() {
    CallEvents events = executor().events();

    assertThat(events.start(READ, postTo("/a"))).isSameAs(events.start(WRITE, postTo("/b")));
  }

  @Test
  void aTokenIsReportedRenewedFirstThenRejectedNeverWithItsValue() {
    HttpExecutor executor = executor(recorder);
    AtomicInteger fetches = new AtomicInteger();
    TokenCache tokens =
        new TokenCache(
            () ->
                new TokenCache.Token("secret-token-" + fetches.incrementAndGet(), Optional.empty()),
            executor,
            Duration.ofSeconds(10),
            executor.details("token"));

    String first = tokens.current();
    tokens.invalidate(first);
    tokens.current();

    assertThat(recorder.of(TokenRenewal.class))
        .extracting(TokenRenewal::reason)
        .containsExactly(TokenRenewal.Reason.FIRST, TokenRenewal.Reason.REJECTED);
    assertThat(recorder.events().toString()).doesNotContain("secret-token");
  }

  @Test
  void aTokenAboutToExpireIsReportedExpiring() {
    HttpExecutor executor = executor(recorder);
    TokenCache tokens =
        new TokenCache(
            () -> new TokenCache.Token("t", Optional.of(Duration.ofMinutes(10))),
            executor,
            Duration.ofSeconds(10),
            executor.details("token"));

    tokens.current();
    clock.advance(Duration.ofMinutes(10));
    tokens.current();

    assertThat(recorder.of(TokenRenewal.class))
        .extracting(TokenRenewal::reason)
        .containsExactly(TokenRenewal.Reason.FIRST, TokenRenewal.Reason.EXPIRING);
  }
}
