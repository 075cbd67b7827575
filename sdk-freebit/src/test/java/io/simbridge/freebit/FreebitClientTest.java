package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.DOC_AUTH_KEY;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.compact;
import static io.simbridge.freebit.FreebitTests.fixture;
import static io.simbridge.freebit.FreebitTests.json;
import static io.simbridge.freebit.FreebitTests.jsonField;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.FreebitOperation;
import io.simbridge.freebit.model.TrafficInfo;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PA05-01 MVNO traffic information, section by section, with a fixed authKey. */
class FreebitClientTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final FreebitAccount PHONE = FreebitAccount.of("09012345678");
  private static final FreebitAccount GROUP = FreebitAccount.of("AAA0_00000000001");

  private ManualClock clock;
  private FreebitClient client;

  @BeforeEach
  void setUp() {
    clock = FreebitTests.clock();
    client = FreebitTests.builder(server, clock).authKey(DOC_AUTH_KEY).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static LoggedRequest onlyTrafficRequest() {
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
    assertThat(sent).hasSize(1);
    assertThat(server.getAllServeEvents()).hasSize(1);
    return sent.get(0);
  }

  private static DataVolume kb(long n) {
    return DataVolume.ofBytes(n * 1024);
  }

  @Nested
  class DocumentedExamples {
    @Test
    void mvnoAccount() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));

      TrafficInfo info = client.getTrafficInfo(PHONE);

      assertThat(info.account()).isEqualTo(PHONE);
      // freebit's KB read as 1,024 bytes.
      assertThat(info.today()).isEqualTo(DataVolume.ofBytes(102_400));
      assertThat(info.today().toWhole(DataUnit.KIBIBYTE)).isEqualTo(100);
      assertThat(info.inRecentDays()).containsExactly(kb(100), kb(200), kb(300));
      assertThat(info.blackList()).hasValue(new BlackList("10"));
      assertThat(info.blackList().orElseThrow().status()).isEqualTo(BlackList.Status.BLACKLISTED);
      assertThat(jsonField(onlyTrafficRequest()))
          .isEqualTo(compact(fixture("PA05-01-request-mvno-account-traffic.json")));
    }

    @Test
    void shareGroup() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-share-group.json")));

      TrafficInfo info = client.getTrafficInfo(GROUP);

      assertThat(info.account()).isEqualTo(GROUP);
      assertThat(info.account().isShareGroup()).isTrue();
      assertThat(info.today()).isEqualTo(kb(100));
      assertThat(info.inRecentDays()).isEmpty();
      assertThat(info.blackList().orElseThrow().blacklisted()).hasValue(true);
      assertThat(jsonField(onlyTrafficRequest()))
          .isEqualTo(compact(fixture("PA05-01-request-share-group-traffic.json")));
    }
  }

  @Nested
  class RequestEncodings {
    @Test
    void byDefaultTheDocumentIsTheOnlyMultipartFieldNamedJson() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));

      client.getTrafficInfo(PHONE);

      LoggedRequest sent = onlyTrafficRequest();
      assertThat(sent.getPart("json").getHeader("Content-Disposition").firstValue())
          .isEqualTo("form-data; name=\"json\"");
      assertThat(jsonField(sent))
          .isEqualTo("{\"authKey\":\"XXXXXXXXXX\",\"account\":\"09012345678\"}");
      assertThat(client.requestEncoding()).isEqualTo(RequestEncoding.FORM_FIELD_JSON);
    }

    @Test
    void jsonBodySendsThePlainDocument() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-share-group.json")));
      try (FreebitClient jsonClient =
          FreebitTests.builder(server, clock)
              .authKey(DOC_AUTH_KEY)
              .requestEncoding(RequestEncoding.JSON_BODY)
              .build()) {

        jsonClient.getTrafficInfo(GROUP);
      }

      LoggedRequest sent = onlyTrafficRequest();
      assertThat(sent.getHeader("Content-Type"))
          .isEqualToIgnoringCase("application/json; charset=utf-8");
      assertThat(sent.isMultipart()).isFalse();
      assertThat(sent.getBodyAsString())
          .isEqualTo(compact(fixture("PA05-01-request-share-group-traffic.json")))
          .isEqualTo("{\"authKey\":\"XXXXXXXXXX\",\"account\":\"AAA0_00000000001\"}");
    }

    @Test
    void theDocumentIsBuiltByTheMapperSoSpecialCharactersAreEscaped() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));
      try (FreebitClient odd = FreebitTests.builder(server, clock).authKey("k\"ey\\1").build()) {
        odd.getTrafficInfo(PHONE);
      }

      assertThat(jsonField(onlyTrafficRequest()))
          .isEqualTo("{\"authKey\":\"k\\\"ey\\\\1\",\"account\":\"09012345678\"}");
    }
  }

  /** The Response Codes table: code, the table's HTTP status, its message, and the error type. */
  static Stream<Arguments> resultCodes() {
    return Stream.of(
        arguments(
            "201",
            400,
            "Bad Request",
            InvalidRequestException.class,
            "parameter error: the account"),
        arguments(
            "204",
            400,
            "Bad Request",
            InvalidRequestException.class,
            "parameter error: a parameter other"),
        arguments(
            "205", 403, "Auth Error", AuthenticationException.class, "authentication key problem"),
        arguments("323", 404, "Not Found", NotFoundException.class, "share group not found"),
        arguments("210", 500, "NG", NotFoundException.class, "account not found"),
        arguments("211", 500, "NG", InvalidRequestException.class, "status does not allow"),
        arguments("240", 500, "NG", InvalidRequestException.class, "phone number"));
  }

  static Stream<Arguments> resultCodesWithBothStatuses() {
    return resultCodes()
        .flatMap(
            a -> {
              Object[] v = a.get();
              return Stream.of(
                  arguments(v[0], v[1], v[2], v[3], v[4], 200),
                  arguments(v[0], v[1], v[2], v[3], v[4], v[1]));
            });
  }

  @ParameterizedTest(name = "result code {0} served with HTTP {5}")
  @MethodSource("resultCodesWithBothStatuses")
  void everyDocumentedResultCodeIsADefiniteTypedError(
      String code,
      int tableStatus,
      String message,
      Class<? extends SimApiException> type,
      String description,
      int servedStatus) {
    server.stubFor(
        post(TRAFFIC_PATH)
            .willReturn(json(servedStatus, fixture("PA05-01-response-code-" + code + ".json"))));

    SimApiException e =
        catchThrowableOfType(SimApiException.class, () -> client.getTrafficInfo(PHONE));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.providerCode()).hasValue(code);
    assertThat(e.providerMessage()).hasValue(message);
    assertThat(e.httpStatus()).hasValue(servedStatus);
    assertThat(e.provider()).isEqualTo("freebit");
    assertThat(e.operation()).isEqualTo(FreebitOperation.GET_TRAFFIC_INFO.wireName());
    assertThat(e).hasMessageContaining("provider code " + code).hasMessageContaining(description);
    // A recognised code is an answer, not an outage: never retried, even on a 500; a fixed
    // authKey is never renewed, so a 205 is not replayed either.
    server.verify(1, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
    assertThat(clock.sleeps()).isEmpty();
  }

  @Nested
  class Answers {
    @Test
    void numbersSentAsJsonNumbersReadTheSameAsStrings() {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(
                  json(
                      200,
                      "{\"resultCode\":100,\"status\":{\"message\":\"OK\","
                          + "\"statusCode\":200},\"account\":\"09012345678\",\"traffic\":{\"today\":0,\"inRecentDays\":5,"
                          + "\"blackList\":20}}")));

      TrafficInfo info = client.getTrafficInfo(PHONE);

      assertThat(info.today()).isEqualTo(DataVolume.ZERO);
      assertThat(info.inRecentDays()).containsExactly(kb(5));
      assertThat(info.blackList().orElseThrow().status())
          .isEqualTo(BlackList.Status.NOT_BLACKLISTED);
      assertThat(info.blackList().orElseThrow().blacklisted()).hasValue(false);
    }

    @Test
    void anUndocumentedBlackListValueIsKeptRawAsUnknown() {
      stubTraffic("\"today\":\"1\",\"inRecentDays\":\"2\",\"blackList\":\"30\"");

      BlackList flag = client.getTrafficInfo(PHONE).blackList().orElseThrow();

      assertThat(flag.raw()).isEqualTo("30");
      assertThat(flag.status()).isEqualTo(BlackList.Status.UNKNOWN);
      assertThat(flag.blacklisted()).isEmpty();
    }

    @Test
    void aMissingBlackListIsAbsentAndAMissingInRecentDaysIsEmpty() {
      stubTraffic("\"today\":\"7\"");

      TrafficInfo info = client.getTrafficInfo(PHONE);

      assertThat(info.today()).isEqualTo(kb(7));
      assertThat(info.inRecentDays()).isEmpty();
      assertThat(info.blackList()).isEmpty();
    }

    @Test
    void spacesAroundRecentDaysAreTolerated() {
      stubTraffic("\"today\":\"1\",\"inRecentDays\":\" 3, 2 ,1\",\"blackList\":\"20\"");

      assertThat(client.getTrafficInfo(PHONE).inRecentDays()).containsExactly(kb(3), kb(2), kb(1));
    }

    @Test
    void anEmptyRecentDayIsRefusedRatherThanShiftingTheOthers() {
      stubTraffic("\"today\":\"1\",\"inRecentDays\":\"100,,300\",\"blackList\":\"20\"");

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("traffic.inRecentDays[1]")
          .hasMessageContaining("missing");
    }

    @Test
    void aTodayThatIsNotAWholeNumberIsMalformedNeverZero() {
      stubTraffic("\"today\":\"12.5\",\"inRecentDays\":\"\",\"blackList\":\"20\"");

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("traffic.today")
          .hasMessageContaining("12.5");
    }

    @Test
    void aNegativeVolumeIsMalformed() {
      stubTraffic("\"today\":\"1\",\"inRecentDays\":\"4,-1\",\"blackList\":\"20\"");

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("traffic.inRecentDays[1]")
          .hasMessageContaining("negative");
    }

    @Test
    void aMissingTodayIsMalformed() {
      stubTraffic("\"inRecentDays\":\"1\",\"blackList\":\"20\"");

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("traffic.today");
    }

    @Test
    void aSuccessWithoutTrafficIsMalformed() {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(json(200, "{\"resultCode\":\"100\",\"account\":\"09012345678\"}")));

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("'traffic' is missing");
    }

    @Test
    void anAnswerAboutAnotherAccountIsRefused() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-share-group.json")));

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("not the account asked for");
    }

    @Test
    void anAnswerWithoutResultCodeIsMalformed() {
      server.stubFor(post(TRAFFIC_PATH).willReturn(json(200, "{\"traffic\":{\"today\":\"1\"}}")));

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("no resultCode");
    }

    @Test
    void aSuccessfulStatusWithAnHtmlPageIsMalformed() {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("maintenance");
      server.verify(1, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
    }

    @Test
    void anUndocumentedResultCodeOnHttp200IsAGenericProviderError() {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(
                  json(
                      200,
                      "{\"resultCode\":\"999\",\"status\":{\"message\":\"Unexpected\",\"statusCode\":\"200\"}}")));

      ProviderErrorException e =
          catchThrowableOfType(ProviderErrorException.class, () -> client.getTrafficInfo(PHONE));

      assertThat(e)
          .isExactlyInstanceOf(ProviderErrorException.class)
          .hasMessageContaining("undocumented result code");
      assertThat(e.providerCode()).hasValue("999");
      assertThat(e.providerMessage()).hasValue("Unexpected");
    }

    @Test
    void anUndocumentedResultCodeOnAnErrorStatusIsJudgedByTheStatus() {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(
                  json(
                      400,
                      "{\"resultCode\":\"299\",\"status\":{\"message\":\"Bad Request\",\"statusCode\":\"400\"}}")));

      InvalidRequestException e =
          catchThrowableOfType(InvalidRequestException.class, () -> client.getTrafficInfo(PHONE));

      assertThat(e.providerCode()).hasValue("299");
      assertThat(e.httpStatus()).hasValue(400);
    }

    @Test
    void aServerErrorWithoutAResultCodeIsRetriedWithinTheCallLimit() {
      server.stubFor(
          post(TRAFFIC_PATH).willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));

      assertThatThrownBy(() -> client.getTrafficInfo(PHONE))
          .isInstanceOf(ServiceUnavailableException.class)
          .hasMessageContaining("HTTP 503");

      server.verify(3, postRequestedFor(urlEqualTo(TRAFFIC_PATH)));
      // Each retry waits its backoff (250 ms, 500 ms), then the rest of the 1 s call interval.
      assertThat(clock.sleeps())
          .containsExactly(
              Duration.ofMillis(250),
              Duration.ofMillis(750),
              Duration.ofMillis(500),
              Duration.ofMillis(500));
    }

    private void stubTraffic(String trafficFields) {
      server.stubFor(
          post(TRAFFIC_PATH)
              .willReturn(
                  json(
                      200,
                      "{\"resultCode\":\"100\",\"status\":{\"message\":\"OK\","
                          + "\"statusCode\":\"200\"},\"account\":\"09012345678\",\"traffic\":{"
                          + trafficFields
                          + "}}")));
    }
  }
}
