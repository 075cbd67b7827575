package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.stub;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every documented KO example and error code, malformed answers, and HTTP statuses, mapped to
 * the core error types.
 */
class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.msisdn("882360001975037");
  private ThingsMobileClient client;

  @BeforeEach
  void setUp() {
    client = Tm.client(server, new ManualClock(Tm.START)).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Stream<Arguments> koExamples() {
    CdrQuery cdrs = CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of("882360001975037"));
    CustomPlanSettings plan =
        CustomPlanSettings.ofMegabytes("p", false, BigDecimal.ZERO, BigDecimal.ZERO);
    TrafficThreshold none = TrafficThreshold.ofMegabytes(0, false);
    return Stream.of(
        ko(
            "4.1-activate-sim-ko.xml",
            "activateSim",
            c -> c.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236")),
            InvalidRequestException.class,
            "20",
            "input error: simBarcode"),
        ko(
            "4.2-block-sim-ko.xml",
            "blockSim",
            c -> c.blockSim(SIM),
            NotFoundException.class,
            "40",
            "sim error: sim not found"),
        ko(
            "4.3-disconnect-sim-ko.xml",
            "disconnectSim",
            c -> c.disconnectSim(SIM),
            ProviderErrorException.class,
            "10",
            "generic error: try again later"),
        ko(
            "4.4-unblock-sim-ko.xml",
            "unblockSim",
            c -> c.unblockSim(SIM),
            AuthenticationException.class,
            "30",
            "user error: invalid token"),
        ko(
            "4.5-sim-status-ko.xml",
            "simStatus",
            c -> c.simStatus(SIM),
            InvalidRequestException.class,
            "70",
            "pagination not valid: pageSize"),
        ko(
            "4.6-sim-list-lite-ko.xml",
            "simListLite",
            c -> c.simListLite(SimListQuery.ALL, 1, 500),
            NotFoundException.class,
            "40",
            "sim error: sim not available"),
        ko(
            "4.7-credit-ko.xml",
            "credit",
            ThingsMobileClient::credit,
            InvalidRequestException.class,
            "90",
            "credit history error: too many operations"),
        ko(
            "4.8-update-sim-name-ko.xml",
            "updateSimName",
            c -> c.updateSimName(SIM, "n"),
            InvalidRequestException.class,
            "20",
            "input error: name"),
        ko(
            "4.9-update-sim-tag-ko.xml",
            "updateSimTag",
            c -> c.updateSimTag(SIM, "t"),
            NotFoundException.class,
            "40",
            "sim error: sim not found"),
        ko(
            "4.10-setup-sim-expiration-date-ko.xml",
            "setupSimExpirationDate",
            c -> c.setupSimExpirationDate(SIM, LocalDate.of(2030, 1, 1), false),
            InvalidRequestException.class,
            "20",
            "input error: expirationDate"),
        ko(
            "4.11-setup-sim-traffic-threshold-ko.xml",
            "setupSimTrafficThreeshold",
            c -> c.setupSimTrafficThreshold(SIM, new TrafficThresholds(none, none, none)),
            InvalidRequestException.class,
            "20",
            "input error: dailyLimit"),
        ko(
            "4.12-custom-plan-list-ko.xml",
            "customPlanList",
            ThingsMobileClient::customPlanList,
            AuthenticationException.class,
            "30",
            "user error: invalid username"),
        ko(
            "4.13-create-custom-plan-ko.xml",
            "createCustomPlan",
            c -> c.createCustomPlan(plan),
            InvalidRequestException.class,
            "20",
            "input error: simAutorechargeAmount"),
        ko(
            "4.14-modify-custom-plan-ko.xml",
            "modifyCustomPlan",
            c -> c.modifyCustomPlan("1", plan),
            ProviderErrorException.class,
            "10",
            "generic error: plan not modified"),
        ko(
            "4.15-associate-plan-ko.xml",
            "changeSimPlan",
            c -> c.changeSimPlan(SIM, "1"),
            NotFoundException.class,
            "40",
            "sim error: sim not found"),
        ko(
            "4.16-send-sms-ko.xml",
            "sendSms",
            c -> c.sendSms(SIM, "hi"),
            ProviderErrorException.class,
            "50",
            "shared credit account error: insufficient credit"),
        // downloadCdr and getCdrPaginated write their description in <message>.
        ko(
            "4.17-download-cdr-ko.xml",
            "downloadCdr",
            c -> c.downloadCdr(cdrs),
            NotFoundException.class,
            "40",
            "sim error: sim not found"),
        ko(
            "4.18-recharge-sim-ko.xml",
            "rechargeSim",
            c -> c.rechargeSim(SIM, DataVolume.of(1, DataUnit.MEBIBYTE)),
            InvalidRequestException.class,
            "20",
            "input error: amount"),
        ko(
            "4.19-cdr-paginated-ko.xml",
            "getCdrPaginated",
            c -> c.getCdrPaginated(cdrs, 1, 500),
            InvalidRequestException.class,
            "80",
            "cdrs error: too many CDRs"));
  }

  private static Arguments ko(
      String fixture,
      String operation,
      Consumer<ThingsMobileClient> call,
      Class<? extends SimApiException> type,
      String code,
      String message) {
    return Arguments.of(fixture, operation, call, type, code, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("koExamples")
  void everyKoExampleMapsToItsErrorType(
      String fixture,
      String operation,
      Consumer<ThingsMobileClient> call,
      Class<? extends SimApiException> type,
      String code,
      String message) {
    stub(server, operation, fixture);

    SimApiException e = catchThrowableOfType(SimApiException.class, () -> call.accept(client));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.provider()).isEqualTo("thingsmobile");
    assertThat(e.operation()).isEqualTo(operation);
    assertThat(e.httpStatus()).hasValue(200);
    assertThat(e.providerCode()).contains(code);
    assertThat(e.providerMessage()).contains(message);
    assertThat(e.getMessage()).contains("provider code " + code).contains(message);
    assertThat(server.getAllServeEvents()).as("a KO answer is final: not retried").hasSize(1);
  }

  @ParameterizedTest(name = "code {0} -> {1}")
  @CsvSource({
    "10, io.simbridge.core.error.ProviderErrorException, generic error",
    "20, io.simbridge.core.error.InvalidRequestException, input error",
    "30, io.simbridge.core.error.AuthenticationException, check the username and token",
    "40, io.simbridge.core.error.NotFoundException, not found or is not available",
    "50, io.simbridge.core.error.ProviderErrorException, shared credit account error",
    "60, io.simbridge.core.error.RateLimitedException, rate limited by the provider; retry after 5000 ms",
    "70, io.simbridge.core.error.InvalidRequestException, pagination not valid",
    "80, io.simbridge.core.error.InvalidRequestException, CDR error",
    "90, io.simbridge.core.error.InvalidRequestException, credit history error",
    "99, io.simbridge.core.error.ProviderErrorException, undocumented error code",
  })
  void everyDocumentedCodeOnAWrite(
      String code, Class<? extends SimApiException> type, String summary) {
    // A write is never retried, so one answer decides, whatever the code.
    server.stubFor(
        post(anyUrl())
            .willReturn(
                xml(
                    "<result><done>false</done><errorCode> "
                        + code
                        + " </errorCode><errorMessage>described</errorMessage></result>")));

    SimApiException e =
        catchThrowableOfType(SimApiException.class, () -> client.sendSms(SIM, "hi"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.providerCode()).contains(code);
    assertThat(e.providerMessage()).contains("described");
    assertThat(e.getMessage()).contains(summary);
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void error60OnAWriteWaitsTheOperationsIntervalAndIsNotRetried() {
    server.stubFor(
        post(anyUrl())
            .willReturn(
                xml(
                    "<result><done>false</done><errorCode>60</errorCode><errorMessage>too many requests</errorMessage></result>")));

    RateLimitedException e =
        catchThrowableOfType(
            RateLimitedException.class,
            () ->
                client.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236")));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e.isClientSide()).isFalse();
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void doneFalseWithoutACodeIsAProviderError() {
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>false</done></result>")));
    assertThatThrownBy(() -> client.blockSim(SIM))
        .isExactlyInstanceOf(ProviderErrorException.class)
        .hasMessageContaining("done=false without an error code");
  }

  @Test
  void aProviderMessageIsRedacted() {
    server.stubFor(
        post(anyUrl())
            .willReturn(
                xml(
                    "<result><done>false</done><errorCode>30</errorCode>"
                        + "<errorMessage>user error: token "
                        + Tm.TOKEN
                        + " is not valid for "
                        + Tm.USER
                        + "</errorMessage></result>")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.blockSim(SIM));

    assertThat(e.getMessage())
        .doesNotContain(Tm.TOKEN)
        .doesNotContain(Tm.USER)
        .contains("user error: token ***");
    assertThat(e.providerMessage().orElseThrow()).doesNotContain(Tm.TOKEN);
  }

  @Nested
  class MalformedAnswers {
    // The doc's own examples, reproduced with their rendering typos, are not XML: refused, not
    // guessed.
    @Test
    void simListLiteAsRenderedInTheDocIsRefused() {
      stub(server, "simListLite", "4.6-sim-list-lite-ok-as-rendered.xml");
      MalformedResponseException e =
          catchThrowableOfType(
              MalformedResponseException.class, () -> client.simListLite(SimListQuery.ALL, 1, 500));
      assertThat(e.getMessage()).contains("not the documented format");
      assertThat(e.excerpt()).contains("<result>");
    }

    @Test
    void creditAsRenderedInTheDocIsRefused() {
      stub(server, "credit", "4.7-credit-ok-as-rendered.xml");
      assertThatThrownBy(() -> client.credit())
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("dateLoad");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "",
          "not xml at all",
          "<result><done>true</done><sims><sim><msisdn>447937557899</msisdn>",
          "<html><body>Maintenance</body></html>",
          "<result><done>maybe</done></result>",
          "<?xml version=\"1.0\"?><!DOCTYPE result [<!ENTITY x \"true\">]><result><done>&x;</done></result>",
        })
    void anAnswerThatIsNotAResultIsMalformed(String body) {
      server.stubFor(post(anyUrl()).willReturn(xml(body)));
      assertThatThrownBy(() -> client.simStatus(SIM))
          .isExactlyInstanceOf(MalformedResponseException.class);
      assertThat(server.getAllServeEvents()).as("a malformed answer is not retried").hasSize(1);
    }

    @Test
    void aWrongValueIsRefusedNamingItsField() {
      server.stubFor(
          post(anyUrl())
              .willReturn(
                  xml(
                      Tm.fixture("4.5-sim-status-ok.xml")
                          .replace("<balance>30</balance>", "<balance>30 bytes</balance>"))));
      assertThatThrownBy(() -> client.simStatus(SIM))
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("field 'balance' is not a whole number: '30 bytes'");
    }

    @Test
    void aMissingIdentityIsRefused() {
      server.stubFor(
          post(anyUrl())
              .willReturn(
                  xml(
                      Tm.fixture("4.6-sim-list-lite-ok.xml")
                          .replace("<msisdn>447937557899</msisdn>", ""))));
      assertThatThrownBy(() -> client.simListLite(SimListQuery.ALL, 1, 500))
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("field 'msisdn' is missing");
    }

    @Test
    void aBadDateIsRefused() {
      server.stubFor(
          post(anyUrl())
              .willReturn(
                  xml(
                      Tm.fixture("4.19-cdr-paginated-ok.xml")
                          .replace("2020-10-05 19:11:48", "05/10/2020 19:11"))));
      assertThatThrownBy(
              () ->
                  client.getCdrPaginated(
                      CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of("882360001975037")), 1, 500))
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("cdrDateStart");
    }

    @Test
    void simStatusMustDescribeExactlyOneSim() {
      server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done><sims/></result>")));
      assertThatThrownBy(() -> client.simStatus(SIM))
          .isExactlyInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("lists 0 SIMs");
    }

    @Test
    void theExcerptIsShortAndRedacted() {
      String echo =
          "<html><p>request username=" + Tm.USER + "&token=" + Tm.TOKEN + "</p>" + "x".repeat(500);
      server.stubFor(post(anyUrl()).willReturn(xml(echo)));

      // A read: an unreadable answer to a write is ambiguous, with this exception as its cause.
      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, () -> client.customPlanList());

      assertThat(e.excerpt())
          .doesNotContain(Tm.TOKEN)
          .doesNotContain(Tm.USER)
          .hasSizeLessThanOrEqualTo(161);
      assertThat(e.getMessage()).doesNotContain(Tm.TOKEN);
    }
  }

  @Nested
  class HttpStatuses {
    @Test
    void aServerErrorOnAReadIsRetriedThenReported() {
      server.stubFor(
          post(anyUrl())
              .willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
      assertThatThrownBy(() -> client.customPlanList())
          .isExactlyInstanceOf(ServiceUnavailableException.class);
      assertThat(server.getAllServeEvents()).as("3 attempts by default").hasSize(3);
    }

    @Test
    void aServerErrorOnAWriteIsAmbiguousAndNotRepeated() {
      server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)));
      assertThatThrownBy(() -> client.rechargeSim(SIM, DataVolume.of(10, DataUnit.MEBIBYTE)))
          .isExactlyInstanceOf(AmbiguousOutcomeException.class);
      assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aDocumentedErrorIsReadEvenWithAnErrorStatus() {
      server.stubFor(
          post(anyUrl())
              .willReturn(xml(Tm.fixture("5-sandbox-sim-not-found.xml")).withStatus(500)));
      assertThatThrownBy(() -> client.blockSim(SIM)).isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void unauthorisedWithoutABodyIsAnAuthenticationError() {
      server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(401)));
      assertThatThrownBy(() -> client.customPlanList())
          .isExactlyInstanceOf(AuthenticationException.class);
    }

    @Test
    void doneTrueWithAnErrorStatusIsNotTakenForSuccess() {
      server.stubFor(
          post(anyUrl()).willReturn(xml("<result><done>true</done></result>").withStatus(404)));
      assertThatThrownBy(() -> client.blockSim(SIM)).isExactlyInstanceOf(NotFoundException.class);
    }
  }
}
