package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTrafficRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The error list of 4.9 on every endpoint, and the overall report's named errors of 3.3. */
class ErrorsTest extends WireMockSupport {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);
  private static final OverallTrafficRequest OVERALL =
      OverallTrafficRequest.builder(
              OffsetDateTime.parse("2024-10-01T00:00:00Z"),
              OffsetDateTime.parse("2024-10-02T00:00:00Z"))
          .build();

  /** One call per endpoint (and per CSV form), by operation name. */
  private static final List<Arguments> ENDPOINTS =
      List.of(
          Arguments.of(
              "customerInvoiceTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.customerInvoiceTrafficReportsPage(1, Filter.none(), 1)),
          Arguments.of(
              "customerTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.customerTrafficReportsPage(FROM, TO, Filter.none(), 1)),
          Arguments.of(
              "customerTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.customerTrafficReportsCsv(FROM, TO, Filter.none()).close()),
          Arguments.of(
              "controlInvoiceTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.controlInvoiceTrafficReportsPage(1, Filter.none(), 1)),
          Arguments.of(
              "controlTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.controlTrafficReportsPage(FROM, TO, Filter.none(), 1)),
          Arguments.of(
              "controlTrafficReports",
              (Consumer<HorisenClient>)
                  c -> c.controlTrafficReportsCsv(FROM, TO, Filter.none()).close()),
          Arguments.of(
              "overallTrafficReports",
              (Consumer<HorisenClient>) c -> c.overallTrafficReportsPage(OVERALL, 1)));

  /** 4.9 Error list: response code, code, message, and the exception it means. */
  private static final List<Object[]> ERROR_LIST =
      List.of(
          new Object[] {401, "NOT_AUTHORIZED", "Not authorized.", AuthenticationException.class},
          new Object[] {
            500, "INT_APP_ERROR", "BULK_GATE instance not found.", ServiceUnavailableException.class
          },
          new Object[] {
            500, "INT_APP_ERROR", "Internal server error.", ServiceUnavailableException.class
          },
          new Object[] {
            400,
            "REQUEST_ERROR",
            "Query parameter: 'startDate' error: 'must be a date'",
            InvalidRequestException.class
          },
          new Object[] {
            404,
            "BULK_TRAFFIC_REPORT_API_V2:BULK_RATES_SETTINGS_NOTFOUND",
            "Bulk rates settings not found.",
            NotFoundException.class
          });

  static Stream<Arguments> documentedErrorsOnEveryEndpoint() {
    return ENDPOINTS.stream()
        .flatMap(
            endpoint ->
                ERROR_LIST.stream()
                    .map(
                        error ->
                            Arguments.of(
                                endpoint.get()[0],
                                endpoint.get()[1],
                                error[0],
                                error[1],
                                error[2],
                                error[3])));
  }

  @BeforeEach
  void token() {
    stubToken();
  }

  private static void stubError(int status, String body) {
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  private static String errorBody(String code, String message) {
    return "{\"Code\": \"" + code + "\", \"Message\": \"" + message + "\"}";
  }

  @ParameterizedTest(name = "{0}: {2} {3} {4}")
  @MethodSource
  void documentedErrorsOnEveryEndpoint(
      String operation,
      Consumer<HorisenClient> call,
      int status,
      String code,
      String message,
      Class<? extends SimApiException> expected) {
    stubError(status, errorBody(code, message));

    SimApiException e = catchThrowableOfType(SimApiException.class, () -> call.accept(client()));

    assertThat(e).isExactlyInstanceOf(expected);
    assertThat(e.provider()).isEqualTo("horisen");
    assertThat(e.operation()).isEqualTo(operation);
    assertThat(e.httpStatus()).hasValue(status);
    assertThat(e.providerCode()).contains(code);
    assertThat(e.providerMessage()).contains(message);
    assertThat(e).hasMessageContaining(code).hasMessageContaining(message);
    // A 401 is answered with one new token and one replay; nothing else is repeated (no retries
    // here).
    assertThat(apiRequests()).hasSize(status == 401 ? 2 : 1);
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      BULK_TRAFFIC_REPORT_API_V2:BULK_SETTINGS_NOT_FOUND          | 404 | Bulk settings not found.                                                  | NotFoundException
      BULK_TRAFFIC_REPORT_API_V2:START_DT_MISSING                 | 400 | The startDt parameter is required.                                        | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:END_DT_MISSING                   | 400 | The endDt parameter is required.                                          | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:START_DT_AFTER_END_DT            | 400 | StartDt cannot be after endDt.                                            | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_GRAIN                | 400 | Requested grain is not supported.                                         | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_EMBEDDED_FIELD       | 400 | Requested embedded field is not supported.                                | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_GROUP_BY_FIELD       | 400 | Requested group by field is not supported.                                | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:MAX_EXECUTION_TIME_EXCEEDED      | 500 | For the requested parameters maximum execution time has been exceeded.    | ProviderErrorException
      START_DT_MISSING                                            | 422 | The startDt parameter is required.                                        | InvalidRequestException
      """)
  void overallReportErrors(String code, int status, String message, String expected)
      throws Exception {
    stubError(status, errorBody(code, message));
    // Retries on: an error the caller must fix, or one that would recur, is not repeated.
    HorisenClient client = track(builder().retryPolicy(RetryPolicy.defaults()).build());

    SimApiException e =
        catchThrowableOfType(
            SimApiException.class, () -> client.overallTrafficReportsPage(OVERALL, 1));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e).isNotInstanceOf(ServiceUnavailableException.class);
    assertThat(e.providerCode()).contains(code);
    assertThat(e.providerMessage()).contains(message);
    assertThat(e.httpStatus()).hasValue(status);
    assertThat(apiRequests()).hasSize(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  /**
   * 4.9 Error: {@code code} is an integer, so the documented key arrives in {@code Message}. The
   * expensive report is still not repeated, and every documented key is recognised there.
   */
  @ParameterizedTest(name = "{0} in Message")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      BULK_TRAFFIC_REPORT_API_V2:MAX_EXECUTION_TIME_EXCEEDED | 500 | ProviderErrorException
      MAX_EXECUTION_TIME_EXCEEDED                            | 500 | ProviderErrorException
      BULK_TRAFFIC_REPORT_API_V2:BULK_SETTINGS_NOT_FOUND     | 500 | NotFoundException
      BULK_TRAFFIC_REPORT_API_V2:START_DT_AFTER_END_DT       | 500 | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:UNSUPPORTED_GROUP_BY_FIELD  | 500 | InvalidRequestException
      BULK_TRAFFIC_REPORT_API_V2:BULK_RATES_SETTINGS_NOTFOUND | 500 | NotFoundException
      NOT_AUTHORIZED                                         | 403 | AuthenticationException
      REQUEST_ERROR: Query parameter: 'startDt' error: 'x'   | 500 | InvalidRequestException
      """)
  void errorModel4_9_aKeyInMessageWithAnIntegerCodeIsRecognised(
      String message, int status, String expected) {
    stubError(status, "{\"Code\": " + status + ", \"Message\": \"" + message + "\"}");
    HorisenClient client = track(builder().retryPolicy(RetryPolicy.defaults()).build());

    SimApiException e =
        catchThrowableOfType(
            SimApiException.class, () -> client.overallTrafficReportsPage(OVERALL, 1));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(e.providerCode()).contains(String.valueOf(status));
    assertThat(e.providerMessage()).contains(message);
    // A rejected token is renewed once and the call replayed; nothing else is repeated.
    assertThat(apiRequests()).hasSize(e instanceof AuthenticationException ? 2 : 1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void errorModel4_9_aProseMessageWithAnIntegerCodeIsStillMappedByStatus() {
    stubError(500, "{\"Code\": 500, \"Message\": \"Internal server error.\"}");
    HorisenClient client =
        track(builder().retryPolicy(RetryPolicy.defaults().withJitter(() -> 0.5)).build());

    assertThatThrownBy(() -> client.overallTrafficReportsPage(OVERALL, 1))
        .isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(apiRequests()).hasSize(3);
  }

  @Test
  void maxExecutionTimeExceededTellsHowToMakeTheReportCheaper() {
    stubError(500, errorBody("BULK_TRAFFIC_REPORT_API_V2:MAX_EXECUTION_TIME_EXCEEDED", "exceeded"));

    assertThatThrownBy(() -> client().overallTrafficReportsPage(OVERALL, 1))
        .isExactlyInstanceOf(ProviderErrorException.class)
        .hasMessageContaining("narrow the period");
  }

  @Test
  void intAppErrorIsRetriedLikeAnyServerFailureOfARead() {
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(errorBody("INT_APP_ERROR", "Internal server error.")))
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(emptyPage())));
    HorisenClient client =
        track(builder().retryPolicy(RetryPolicy.defaults().withJitter(() -> 0.5)).build());

    assertThat(client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1).data()).isEmpty();

    assertThat(apiRequests()).hasSize(2);
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(125));
  }

  @Test
  void intAppErrorEndsAsServiceUnavailableOnceRetriesAreSpent() {
    stubError(500, errorBody("INT_APP_ERROR", "BULK_GATE instance not found."));
    HorisenClient client =
        track(builder().retryPolicy(RetryPolicy.defaults().withJitter(() -> 0.5)).build());

    assertThatThrownBy(() -> client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1))
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("BULK_GATE instance not found.");
    assertThat(apiRequests()).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {"code": "REQUEST_ERROR", "message": "lower case keys"}          | lower case keys
      {"CODE": "REQUEST_ERROR", "MESSAGE": "upper case keys"}          | upper case keys
      {"Message": "message first", "Code": "REQUEST_ERROR", "x": [1]}  | message first
      """)
  void errorKeysAreReadWhateverTheirCase(String body, String message) {
    stubError(400, body);

    SimApiException e =
        catchThrowableOfType(
            SimApiException.class,
            () -> client().controlTrafficReportsPage(FROM, TO, Filter.none(), 1));

    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(e.providerCode()).contains("REQUEST_ERROR");
    assertThat(e.providerMessage()).contains(message);
  }

  @Test
  void theDocumentedDefaultErrorWithANumericCodeIsMappedByStatus() {
    // The 4.9 JSON example, verbatim.
    stubError(404, "{\"Code\": 0, \"Message\": \"string\"}");

    SimApiException e =
        catchThrowableOfType(
            SimApiException.class,
            () -> client().customerInvoiceTrafficReportsPage(42, Filter.none(), 1));

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.providerCode()).contains("0");
    assertThat(e.providerMessage()).contains("string");
  }

  @Test
  void anErrorStatedInASuccessfulAnswerIsStillAnError() {
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .willReturn(okJson(errorBody("REQUEST_ERROR", "bad filter"))));

    assertThatThrownBy(() -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1))
        .isExactlyInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("bad filter");
  }

  @Test
  void aGatewayPageWithoutProviderErrorIsAServerFailureQuotingTheBody() {
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Bad Gateway</html>")));

    SimApiException e =
        catchThrowableOfType(
            SimApiException.class,
            () -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1));

    assertThat(e)
        .isExactlyInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("Bad Gateway");
    assertThat(e.providerCode()).isEmpty();
  }

  @Test
  void tooManyRequestsWaitsAsRetryAfterSays() {
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("free"));
    server.stubFor(
        get(urlPathMatching(API + "/.*"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(okJson(emptyPage())));
    HorisenClient client = track(builder().retryPolicy(RetryPolicy.defaults()).build());

    client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1);

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void tooManyRequestsWithoutRetriesIsRateLimited() {
    server.stubFor(get(urlPathMatching(API + "/.*")).willReturn(aResponse().withStatus(429)));

    RateLimitedException e =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> client().customerTrafficReportsPage(FROM, TO, Filter.none(), 1));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(e.isClientSide()).isFalse();
  }
}
