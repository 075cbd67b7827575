package io.simbridge.reliability.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.time.ManualClock;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.reliability.support.Clients;
import java.time.Duration;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 section 1: answers on which OkHttp would send a request again on its own (503 with
 * {@code Retry-After: 0}, 408, 421, 401 with a user authenticator, a redirect with a user client
 * that follows them), for every operation of the fault matrix ({@link Target}: 5 x 8 = 40 cells).
 * Every client is given a user {@link OkHttpClient} that asks for every follow-up OkHttp offers;
 * the server must see exactly the requests simbridge's own retry rules decide: a write once, a
 * read as often as its retry policy says.
 */
class FollowUpMatrixTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A user client that would follow every follow-up OkHttp can make. */
  private static final OkHttpClient HOSTILE =
      new OkHttpClient.Builder()
          .authenticator(
              (route, response) ->
                  response.request().newBuilder().header("Authorization", "Basic eDp5").build())
          .proxyAuthenticator(
              (route, response) ->
                  response
                      .request()
                      .newBuilder()
                      .header("Proxy-Authorization", "Basic eDp5")
                      .build())
          .followRedirects(true)
          .followSslRedirects(true)
          .retryOnConnectionFailure(true)
          .build();

  private ManualClock clock;

  /** The answers OkHttp would follow up on its own. */
  enum FollowUp {
    RETRY_AFTER_ZERO_503,
    TIMEOUT_408,
    MISDIRECTED_421,
    UNAUTHORIZED_401,
    REDIRECT_307;

    /** @return the answer, a new builder each time: WireMock's builders are mutable, a constant is shared */
    ResponseDefinitionBuilder answer() {
      return switch (this) {
        case RETRY_AFTER_ZERO_503 ->
            aResponse().withStatus(503).withHeader("Retry-After", "0").withBody("busy");
        case TIMEOUT_408 -> aResponse().withStatus(408).withBody("timeout");
        case MISDIRECTED_421 -> aResponse().withStatus(421).withBody("misdirected");
        case UNAUTHORIZED_401 ->
            aResponse()
                .withStatus(401)
                .withHeader("WWW-Authenticate", "Basic realm=\"api\"")
                .withBody("unauthorized");
        case REDIRECT_307 -> aResponse().withStatus(307).withHeader("Location", "/moved-elsewhere");
      };
    }

    /** @return how many requests simbridge alone decides for this answer */
    int expectedRequests(Target t) {
      if (this == RETRY_AFTER_ZERO_503) {
        return t.read ? 3 : 1; // the retry policy's 3 attempts for a read; a write once
      }
      if (this == UNAUTHORIZED_401
          && (t == Target.HORISEN_JSON_PAGE || t == Target.HORISEN_CSV_REPORT)) {
        return 2; // simbridge renews the OAuth2 token and replays once: a rejected call was not run
      }
      return 1;
    }
  }

  @BeforeEach
  void healthyNeighbours() {
    clock = Clients.clock();
    server.stubFor(
        post(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))
            .willReturn(okJson(Clients.horisenTokenAnswer())));
    server.stubFor(
        post(urlPathEqualTo(Target.FREEBIT_TRAFFIC_INFO.path))
            .willReturn(okJson(Target.FREEBIT_TRAFFIC_INFO.documentedBody())));
  }

  @Test
  void theMatrixCoversEveryFollowUpForEveryOperation() {
    assertThat(Target.values()).hasSize(8);
    assertThat(FollowUp.values()).hasSize(5);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void retryAfterZero503(Target t) {
    cell(FollowUp.RETRY_AFTER_ZERO_503, t);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void timeout408(Target t) {
    cell(FollowUp.TIMEOUT_408, t);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void misdirected421(Target t) {
    cell(FollowUp.MISDIRECTED_421, t);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void unauthorized401WithAUserAuthenticator(Target t) {
    cell(FollowUp.UNAUTHORIZED_401, t);
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void redirectWithAUserClientThatFollowsRedirects(Target t) {
    cell(FollowUp.REDIRECT_307, t);
  }

  /** Issue 15: a read waits at least what a 503's {@code Retry-After} asks, in seconds or as a date. */
  @ParameterizedTest
  @EnumSource(Target.class)
  void aReadWaitsWhatA503AsksForAndAWriteIsNotRepeated(Target t) {
    server.stubFor(
        t.stub()
            .willReturn(
                aResponse().withStatus(503).withHeader("Retry-After", "7").withBody("busy")));

    Throwable thrown = catchThrowable(() -> call(t, server.baseUrl()));

    int requests = server.countRequestsMatching(t.requests().build()).getCount();
    if (t.read) {
      assertThat(thrown)
          .isInstanceOfSatisfying(
              ServiceUnavailableException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
      assertThat(requests).isEqualTo(3);
      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    } else {
      assertThat(thrown).isInstanceOf(AmbiguousOutcomeException.class);
      assertThat(requests).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void aReadGivesUpWithTheWaitWhenA503AsksForMoreThanTheBudgetAsAnHttpDate(Target t) {
    // 45 s after the clock's start: beyond the 30 s retry budget.
    server.stubFor(
        t.stub()
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Retry-After", "Mon, 02 Mar 2026 10:00:45 GMT")
                    .withBody("busy")));

    Throwable thrown = catchThrowable(() -> call(t, server.baseUrl()));

    assertThat(server.countRequestsMatching(t.requests().build()).getCount()).isEqualTo(1);
    if (t.read) {
      assertThat(thrown)
          .isInstanceOfSatisfying(
              ServiceUnavailableException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
      assertThat(clock.sleeps()).isEmpty();
    } else {
      assertThat(thrown).isInstanceOf(AmbiguousOutcomeException.class);
    }
  }

  private void cell(FollowUp f, Target t) {
    server.stubFor(t.stub().willReturn(f.answer()));

    Throwable thrown = catchThrowable(() -> call(t, server.baseUrl()));

    assertThat(thrown).as("%s x %s", f, t).isInstanceOf(SimApiException.class);
    assertThat(server.countRequestsMatching(t.requests().build()).getCount())
        .as("%s x %s: requests", f, t)
        .isEqualTo(f.expectedRequests(t));
    assertThat(
            server
                .countRequestsMatching(anyRequestedFor(urlPathEqualTo("/moved-elsewhere")).build())
                .getCount())
        .isZero();
    if (!t.read) {
      // A write refused before it ran (401, 408, 421, 3xx) is that refusal; a 5xx is ambiguous.
      assertThat(thrown)
          .as("%s x %s", f, t)
          .isInstanceOf(
              f == FollowUp.RETRY_AFTER_ZERO_503
                  ? AmbiguousOutcomeException.class
                  : SimApiException.class);
    } else if (f == FollowUp.RETRY_AFTER_ZERO_503) {
      assertThat(thrown).as("%s x %s", f, t).isInstanceOf(ServiceUnavailableException.class);
    }
  }

  /** Makes the target's call through a client given the hostile user client. */
  private Object call(Target t, String base) {
    Duration timeout = Duration.ofSeconds(20);
    return switch (t) {
      case TM_SIM_STATUS, TM_SEND_SMS -> {
        try (var c =
            Clients.thingsMobile(base, clock).httpClient(HOSTILE).readTimeout(timeout).build()) {
          yield t == Target.TM_SIM_STATUS
              ? c.simStatus(io.simbridge.core.model.SimRef.msisdn("447937557899"))
              : sendSms(c);
        }
      }
      case M2M_QUERY_STATUS, M2M_SET_STATUS -> {
        try (var c = Clients.m2m(base, clock).httpClient(HOSTILE).readTimeout(timeout).build()) {
          if (t == Target.M2M_QUERY_STATUS) {
            yield c.queryStatus(Target.ICCID);
          }
          c.setStatus(Target.ICCID, io.simbridge.m2miportal.model.SettableStatus.DE_ACTIVATED);
          yield "set";
        }
      }
      case HORISEN_JSON_PAGE, HORISEN_CSV_REPORT -> {
        try (HorisenClient c =
            Clients.horisen(base, base, clock).httpClient(HOSTILE).readTimeout(timeout).build()) {
          if (t == Target.HORISEN_JSON_PAGE) {
            yield c.customerTrafficReportsPage(Target.FROM, Target.TO, Filter.none(), 1);
          }
          try (Stream<TrafficReportCsvRow> rows =
              c.customerTrafficReportsCsv(Target.FROM, Target.TO, Filter.none())) {
            yield rows.toList();
          }
        }
      }
      case FREEBIT_TRAFFIC_INFO -> {
        try (var c =
            Clients.freebitWithKey(base, clock).httpClient(HOSTILE).readTimeout(timeout).build()) {
          yield c.getTrafficInfo(Target.ACCOUNT);
        }
      }
      case FREEBIT_AUTH_OEM -> {
        try (var c =
            Clients.freebitWithOem(base, clock).httpClient(HOSTILE).readTimeout(timeout).build()) {
          yield c.getTrafficInfo(Target.ACCOUNT);
        }
      }
    };
  }

  private static String sendSms(io.simbridge.thingsmobile.ThingsMobileClient c) {
    c.sendSms(io.simbridge.core.model.SimRef.msisdn("447937557899"), "hello");
    return "sent";
  }
}
