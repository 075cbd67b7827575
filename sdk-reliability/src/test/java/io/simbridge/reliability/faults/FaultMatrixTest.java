package io.simbridge.reliability.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.ManualClock;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.reliability.support.AnswerHook;
import io.simbridge.reliability.support.Clients;
import io.simbridge.reliability.support.Fixtures;
import io.simbridge.reliability.support.GeneratedBody;
import io.simbridge.reliability.support.Served;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.MediaType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault against every operation of the matrix ({@link Fault} x {@link Target}: 14 faults,
 * 4 providers, 8 operations, 112 cells), each cell asserting:
 * <ul>
 *   <li>the exact exception type (or the value, for the one tolerated fault), and that its
 *       message names the provider and the operation;</li>
 *   <li>how many requests the server received: a read is retried up to the policy's 3 attempts
 *       when the failure is transient, a write is sent at most once;</li>
 *   <li>the waits the client asked of its {@link ManualClock}: the retry backoffs (250 ms, then
 *       500 ms, jitter fixed at its top), the provider's rate-limit wait, and the documented call
 *       interval the call limiter adds before each retry;</li>
 *   <li>that a write whose answer was lost, was a 5xx or could not be read ends in
 *       {@link AmbiguousOutcomeException}.</li>
 * </ul>
 */
class FaultMatrixTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Duration NORMAL_READ_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);
  private static final int SERVER_DELAY_MS = 2_000;
  private static final int ATTEMPTS = Clients.FULL_JITTER.maxAttempts();
  private static final List<Duration> BACKOFFS =
      List.of(Duration.ofMillis(250), Duration.ofMillis(500));

  /** The wait the 429 stand-in asks for. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private static final String HTML_502 =
      """
      <html>\r
      <head><title>502 Bad Gateway</title></head>\r
      <body>\r
      <center><h1>502 Bad Gateway</h1></center>\r
      <hr><center>nginx</center>\r
      </body>\r
      </html>\r
      """;
  private static final String HTML_503 =
      "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
          + "<body><p>The service is temporarily unavailable.<br>Please try again later.</body></html>";
  private static final String LOGIN_PAGE =
      "<html><head><title>Sign in</title></head><body><form action=\"/login\">"
          + "<input name=\"user\"><input type=\"password\" name=\"password\"></form></body></html>";
  private static final String TM_ERROR_60 =
      "<result><done>false</done><errorCode>60</errorCode>"
          + "<errorMessage>too many requests</errorMessage></result>";

  private ManualClock clock;

  static Stream<Arguments> cells() {
    List<Arguments> all = new ArrayList<>();
    for (Target t : Target.values()) {
      for (Fault f : Fault.values()) {
        all.add(Arguments.of(t, f));
      }
    }
    return all.stream();
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
  void theMatrixCoversEveryFaultForEveryOperation() {
    assertThat(Target.values()).hasSize(8);
    assertThat(Fault.values()).hasSize(14);
    assertThat(cells().count()).isEqualTo(8 * 14);
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("cells")
  void eachFaultEndsAsDocumented(Target target, Fault fault) throws IOException {
    Target.Endpoints endpoints = inject(target, fault);
    Duration readTimeout = fault == Fault.READ_TIMEOUT ? SHORT_READ_TIMEOUT : NORMAL_READ_TIMEOUT;
    Expectation expected = Expectation.of(target, fault);

    Object[] value = new Object[1];
    Throwable thrown = catchThrowable(() -> value[0] = target.call(endpoints, clock, readTimeout));

    if (expected.type() == null) {
      assertThat(thrown).as("no exception").isNull();
      assertThat(value[0]).isNotNull();
    } else {
      assertThat(thrown).isExactlyInstanceOf(expected.type());
      assertThat(thrown.getMessage())
          .startsWith("[" + target.provider + " " + target.operation + "]");
      expected.check().accept((SimApiException) thrown);
    }
    int sent = server.findAll(target.requests()).size();
    assertThat(sent).as("requests the server received").isEqualTo(expected.requests());
    if (!target.read) {
      assertThat(sent).as("a write is sent at most once").isLessThanOrEqualTo(1);
    }
    assertThat(clock.sleeps()).as("waits asked of the clock").isEqualTo(expected.waits());
    if (target.provider.equals("horisen")) {
      assertThat(server.findAll(postRequestedFor(urlPathEqualTo(Clients.HORISEN_TOKEN_PATH))))
          .as("one token for all attempts")
          .hasSize(1);
    }
  }

  /**
   * A streamed CSV report whose connection breaks after its header line and 1,000 rows: the rows
   * that arrived are delivered, then the stream ends in an exception, never as a report that
   * merely looks shorter. (A stream already handed to the caller cannot be retried: one request.)
   */
  @Test
  void aCsvReportCutAfterItsHeaderEndsInAnErrorNotAShorterReport() {
    List<TrafficReportCsvRow> delivered = new ArrayList<>();
    AnswerHook hook = csvCutAfter(1_000);

    Throwable thrown = readCsv(hook, delivered);

    assertThat(thrown)
        .isInstanceOf(SimApiException.class)
        .hasMessageStartingWith("[horisen customerTrafficReports]");
    // The parser may need a byte past the 1,000th row to know it ended; every row it delivered is
    // whole.
    assertThat(delivered)
        .hasSizeBetween(999, 1_000)
        .allSatisfy(r -> assertThat(r.amount()).isPresent());
    assertThat(hook.requests(Target.HORISEN_CSV_REPORT.path)).isEqualTo(1);
  }

  /** The same: a lost connection is a transport failure, not an answer in the wrong format. */
  @Test
  void aCsvReportCutAfterItsHeaderEndsInATransportException() {
    Throwable thrown = readCsv(csvCutAfter(1_000), new ArrayList<>());

    assertThat(thrown).isExactlyInstanceOf(TransportException.class);
  }

  private static AnswerHook csvCutAfter(int rows) {
    String header =
        Fixtures.text("horisen/3.1-customer-traffic-reports.csv").lines().findFirst().orElseThrow()
            + "\r\n";
    String row =
        "1001,Acme,ACME-01,55,Standard EU,Germany,Telekom,262,01,2024-10,15230,EUR,0.0065,98.995\r\n";
    long cut = header.length() + (long) rows * row.length();
    return new AnswerHook()
        .route(
            r ->
                r.url().encodedPath().equals(Clients.HORISEN_TOKEN_PATH)
                    ? Served.ok("application/json", Clients.horisenTokenAnswer())
                    : new Served(
                        200,
                        "text/csv",
                        () ->
                            new GeneratedBody(
                                MediaType.get("text/csv"),
                                header.getBytes(StandardCharsets.UTF_8),
                                row.getBytes(StandardCharsets.UTF_8),
                                new byte[0],
                                header.length() + 5L * rows * row.length(),
                                true,
                                new AtomicLong(),
                                cut),
                        Map.of()));
  }

  private Throwable readCsv(AnswerHook hook, List<TrafficReportCsvRow> delivered) {
    try (HorisenClient c =
            Clients.horisen(AnswerHook.BASE_URL, AnswerHook.BASE_URL, clock)
                .httpClient(hook.httpClient())
                .build();
        Stream<TrafficReportCsvRow> rows =
            c.customerTrafficReportsCsv(Target.FROM, Target.TO, Filter.none())) {
      return catchThrowable(() -> rows.forEach(delivered::add));
    }
  }

  /** Installs the fault on the operation's requests; returns where the client must send them. */
  private static Target.Endpoints inject(Target target, Fault fault) throws IOException {
    String body = target.documentedBody();
    ResponseDefinitionBuilder answer =
        switch (fault) {
          case CONNECTION_REFUSED -> null;
          case CONNECTION_RESET ->
              aResponse()
                  .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
          case READ_TIMEOUT -> ok(target, body).withFixedDelay(SERVER_DELAY_MS);
          case HTTP_500 ->
              aResponse()
                  .withStatus(500)
                  .withHeader("Content-Type", "text/plain")
                  .withBody("Internal Server Error");
          case HTTP_502_HTML ->
              aResponse()
                  .withStatus(502)
                  .withHeader("Content-Type", "text/html")
                  .withBody(HTML_502);
          case HTTP_503_HTML ->
              aResponse()
                  .withStatus(503)
                  .withHeader("Content-Type", "text/html; charset=utf-8")
                  .withBody(HTML_503);
          case RATE_LIMIT ->
              target.provider.equals("thingsmobile")
                  ? ok(target, TM_ERROR_60)
                  : aResponse()
                      .withStatus(429)
                      .withHeader("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()))
                      .withHeader("Content-Type", "text/plain")
                      .withBody("Too Many Requests");
          case EMPTY_BODY -> ok(target, "");
          case TRUNCATED_BODY ->
              aResponse()
                  .withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
          case HALF_DOCUMENT -> ok(target, body.substring(0, body.length() / 2));
          case MALFORMED_DOCUMENT -> ok(target, malformed(target.format, body));
          case WRONG_CONTENT_TYPE_HTML ->
              aResponse()
                  .withStatus(200)
                  .withHeader("Content-Type", "text/html")
                  .withBody(LOGIN_PAGE);
          case WRONG_CONTENT_TYPE_VALID ->
              aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
          case NOT_HTTP ->
              aResponse()
                  .withFault(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE);
        };
    if (answer == null) {
      return new Target.Endpoints(deadServer(), server.baseUrl());
    }
    server.stubFor(target.stub().willReturn(answer));
    return new Target.Endpoints(server.baseUrl(), server.baseUrl());
  }

  private static ResponseDefinitionBuilder ok(Target target, String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", target.format.contentType)
        .withBody(body);
  }

  /** The documented answer with one syntax error the format cannot tolerate. */
  static String malformed(Target.Format format, String body) {
    return switch (format) {
      // The last end tag no longer matches its start tag.
      case XML -> new StringBuilder(body).insert(body.lastIndexOf("</") + 2, "x").toString();
      // The last closing brace becomes a bracket.
      case JSON ->
          new StringBuilder(body)
              .replace(body.lastIndexOf('}'), body.lastIndexOf('}') + 1, "]")
              .toString();
      // A last row whose quoted field never ends.
      case CSV -> body + "1004,\"Unterminated quote,55,Standard EU\r\n";
    };
  }

  /** @return the URL of a port nothing listens on */
  private static String deadServer() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  /**
   * What a cell must end in.
   *
   * @param type     the exact exception type, {@code null} for a value
   * @param check    further checks on the exception
   * @param requests the requests the server receives
   * @param waits    the waits asked of the clock, in order
   */
  record Expectation(
      Class<? extends SimApiException> type,
      Consumer<SimApiException> check,
      int requests,
      List<Duration> waits) {

    static Expectation of(Target t, Fault f) {
      return switch (f) {
        // Provably unsent: even a write is retried; nothing reaches the server.
        case CONNECTION_REFUSED ->
            new Expectation(
                TransportException.class,
                e -> assertThat(((TransportException) e).mayHaveReachedProvider()).isFalse(),
                0,
                retried(t, BACKOFFS));
        case CONNECTION_RESET, READ_TIMEOUT, TRUNCATED_BODY, NOT_HTTP ->
            t.read
                ? new Expectation(
                    TransportException.class,
                    e -> assertThat(((TransportException) e).mayHaveReachedProvider()).isTrue(),
                    ATTEMPTS,
                    retried(t, BACKOFFS))
                : ambiguous(TransportException.class);
        case HTTP_500, HTTP_502_HTML, HTTP_503_HTML ->
            t.read
                ? new Expectation(
                    ServiceUnavailableException.class,
                    e -> assertThat(e.httpStatus()).isPresent(),
                    ATTEMPTS,
                    retried(t, BACKOFFS))
                : ambiguous(ServiceUnavailableException.class);
        case RATE_LIMIT -> {
          Duration wait = t.provider.equals("thingsmobile") ? t.callInterval : RETRY_AFTER;
          Consumer<SimApiException> check =
              e -> {
                RateLimitedException r = (RateLimitedException) e;
                assertThat(r.retryAfter()).isEqualTo(wait);
                assertThat(r.isClientSide()).isFalse();
              };
          yield t.read
              ? new Expectation(
                  RateLimitedException.class, check, ATTEMPTS, retried(t, List.of(wait, wait)))
              : new Expectation(RateLimitedException.class, check, 1, List.of());
        }
        // An answer that cannot be read says nothing of what a write did.
        case EMPTY_BODY, HALF_DOCUMENT, MALFORMED_DOCUMENT, WRONG_CONTENT_TYPE_HTML ->
            t.read
                ? new Expectation(MalformedResponseException.class, e -> {}, 1, List.of())
                : ambiguous(MalformedResponseException.class);
        case WRONG_CONTENT_TYPE_VALID -> new Expectation(null, e -> {}, 1, List.of());
      };
    }

    private static Expectation ambiguous(Class<? extends SimApiException> cause) {
      return new Expectation(
          AmbiguousOutcomeException.class,
          e -> assertThat(e).hasCauseExactlyInstanceOf(cause),
          1,
          List.of());
    }

    /**
     * The waits of a call retried after each of {@code retryWaits}: the retry's own wait, then
     * what the call limiter adds so that the retry starts a whole call interval after the
     * previous attempt completed (no manual time passes during an attempt).
     */
    private static List<Duration> retried(Target t, List<Duration> retryWaits) {
      List<Duration> waits = new ArrayList<>();
      for (Duration w : retryWaits) {
        waits.add(w);
        Duration rest = t.callInterval.minus(w);
        if (!rest.isNegative() && !rest.isZero()) {
          waits.add(rest);
        }
      }
      return waits;
    }
  }
}
