package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.fixture;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CustomPlanSettings;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.SimStatusCode;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation's testing section (5): the sandbox answers by MSISDN. WireMock plays the
 * test host, answering only calls that carry its basic authentication and the sandbox username
 * and token, so each test also proves that {@code sandbox()} sends them.
 *
 * <p>The rendering numbers the sandbox sections 5.1 to 5.3 and then 6.1 to 6.16 (a legend line
 * became a heading); fixtures keep the rendered numbers so they can be found in the text.
 */
class SandboxTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String NOT_FOUND = "882360000000001";
  private static final String INVALID_INPUT = "882360000000002";
  private static final String GENERIC_ERROR = "882360000000003";
  private static final String OK = "882360000000004";
  private static final String CDR_LIMIT = "882360000000005";

  private ThingsMobileClient client;

  @BeforeEach
  void setUp() {
    ManualClock clock = new ManualClock(Tm.START);
    client =
        ThingsMobileClient.builder()
            .sandbox()
            .baseUrl(server.baseUrl())
            .clock(clock)
            .sleeper(clock)
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static MappingBuilder sandboxCall(String operation) {
    return post(urlPathEqualTo("/" + operation)).withBasicAuth("test", "Thingsmobil3");
  }

  /** Answers a url-encoded call for one MSISDN (in {@code field}) with a fixture. */
  private static void answer(String operation, String field, String msisdn, String fixture) {
    server.stubFor(
        sandboxCall(operation)
            .withFormParam("username", equalTo("TMTEST"))
            .withFormParam("token", equalTo("91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6"))
            .withFormParam(field, equalTo(msisdn))
            .willReturn(xml(fixture(fixture))));
  }

  private static void expectFailure(
      Runnable call, Class<? extends SimApiException> type, String message) {
    SimApiException e = catchThrowableOfType(SimApiException.class, call::run);
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.providerMessage()).contains(message);
  }

  // ---- 5.1 activateSim (multipart) ----

  static Stream<Arguments> activateSim() {
    return Stream.of(
        Arguments.of(
            NOT_FOUND,
            "5-sandbox-sim-not-found.xml",
            NotFoundException.class,
            "sim not found or not available"),
        Arguments.of(
            INVALID_INPUT,
            "5.1-activate-sim-882360000000002.xml",
            InvalidRequestException.class,
            "empty or not valid input: simBarcode"),
        Arguments.of(
            GENERIC_ERROR,
            "5-sandbox-generic-error.xml",
            ProviderErrorException.class,
            "generic error"),
        Arguments.of(OK, "4.1-activate-sim-ok.xml", null, null));
  }

  @ParameterizedTest(name = "5.1 activateSim {0}")
  @MethodSource("activateSim")
  void activateSim(
      String msisdn, String fixture, Class<? extends SimApiException> type, String message) {
    server.stubFor(
        sandboxCall("activateSim")
            .withMultipartRequestBody(aMultipart().withName("username").withBody(equalTo("TMTEST")))
            .withMultipartRequestBody(
                aMultipart()
                    .withName("token")
                    .withBody(equalTo("91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6")))
            .withMultipartRequestBody(aMultipart().withName("msisdn").withBody(equalTo(msisdn)))
            .willReturn(xml(fixture(fixture))));
    Runnable call = () -> client.activateSim(Msisdn.of(msisdn), Iccid.of("8944501312167518236"));
    if (type == null) {
      call.run();
      assertThat(server.getAllServeEvents()).hasSize(1);
    } else {
      expectFailure(call, type, message);
    }
  }

  // ---- 5.2, 5.3, 6.1, 6.5 to 6.8, 6.13, 6.15: the writes answering 001 / 003 / 004 ----

  static Stream<Arguments> simpleWrites() {
    TrafficThreshold t = TrafficThreshold.ofMegabytes(10, false);
    List<Arguments> cases = new ArrayList<>();
    addWrite(cases, "5.2", "blockSim", "4.2-block-sim-ok.xml", (c, s) -> c.blockSim(s));
    addWrite(
        cases, "5.3", "disconnectSim", "4.3-disconnect-sim-ok.xml", (c, s) -> c.disconnectSim(s));
    addWrite(cases, "6.1", "unblockSim", "4.4-unblock-sim-ok.xml", (c, s) -> c.unblockSim(s));
    addWrite(
        cases,
        "6.5",
        "updateSimName",
        "4.8-update-sim-name-ok.xml",
        (c, s) -> c.updateSimName(s, "name"));
    addWrite(
        cases,
        "6.6",
        "updateSimTag",
        "4.9-update-sim-tag-ok.xml",
        (c, s) -> c.updateSimTag(s, "tag"));
    addWrite(
        cases,
        "6.7",
        "setupSimExpirationDate",
        "4.10-setup-sim-expiration-date-ok.xml",
        (c, s) -> c.setupSimExpirationDate(s, LocalDate.of(2030, 1, 1), false));
    addWrite(
        cases,
        "6.8",
        "setupSimTrafficThreeshold",
        "4.11-setup-sim-traffic-threshold-ok.xml",
        (c, s) -> c.setupSimTrafficThreshold(s, new TrafficThresholds(t, t, t)));
    addWrite(cases, "6.13", "sendSms", "4.16-send-sms-ok.xml", (c, s) -> c.sendSms(s, "ping"));
    addWrite(
        cases,
        "6.15",
        "rechargeSim",
        "4.18-recharge-sim-ok.xml",
        (c, s) -> c.rechargeSim(s, DataVolume.of(100, DataUnit.MEBIBYTE)));
    return cases.stream();
  }

  private static void addWrite(
      List<Arguments> cases,
      String section,
      String operation,
      String okFixture,
      BiConsumer<ThingsMobileClient, SimRef> call) {
    cases.add(Arguments.of(section, operation, NOT_FOUND, call, "5-sandbox-sim-not-found.xml"));
    cases.add(Arguments.of(section, operation, GENERIC_ERROR, call, "5-sandbox-generic-error.xml"));
    cases.add(Arguments.of(section, operation, OK, call, okFixture));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("simpleWrites")
  void simpleWrite(
      String section,
      String operation,
      String msisdn,
      BiConsumer<ThingsMobileClient, SimRef> call,
      String fixture) {
    answer(operation, "msisdn", msisdn, fixture);
    Runnable run = () -> call.accept(client, SimRef.msisdn(msisdn));
    switch (msisdn) {
      case NOT_FOUND ->
          expectFailure(run, NotFoundException.class, "sim not found or not available");
      case GENERIC_ERROR -> expectFailure(run, ProviderErrorException.class, "generic error");
      default -> {
        run.run();
        assertThat(server.getAllServeEvents()).hasSize(1);
      }
    }
  }

  // ---- 6.2 simStatus ----

  @Test
  void simStatus001IsNotFound() {
    answer("simStatus", "msisdn", NOT_FOUND, "5-sandbox-sim-not-found.xml");
    expectFailure(
        () -> client.simStatus(SimRef.msisdn(NOT_FOUND)),
        NotFoundException.class,
        "sim not found or not available");
  }

  @Test
  void simStatus002IsNotActiveWithTraffic() {
    answer("simStatus", "msisdn", INVALID_INPUT, "6.2-sim-status-882360000000002.xml");
    SimInfo sim = client.simStatus(SimRef.msisdn(INVALID_INPUT));
    assertThat(sim.status().raw()).isEqualTo("not active");
    assertThat(sim.status().code()).isEqualTo(SimStatusCode.NOT_ACTIVE);
    assertThat(sim.activationDate()).contains(LocalDateTime.of(2015, 1, 20, 12, 45));
    assertThat(sim.totalTraffic()).contains(DataVolume.ofBytes(321_312_321));
    assertThat(sim.plan()).contains("default");
  }

  @Test
  void simStatus003IsNotActiveWithoutActivationDate() {
    answer("simStatus", "msisdn", GENERIC_ERROR, "6.2-sim-status-882360000000003.xml");
    SimInfo sim = client.simStatus(SimRef.msisdn(GENERIC_ERROR));
    assertThat(sim.status().code()).isEqualTo(SimStatusCode.NOT_ACTIVE);
    assertThat(sim.activationDate()).isEmpty();
    assertThat(sim.totalTraffic()).contains(DataVolume.ZERO);
    assertThat(sim.plan()).contains("default");
  }

  @Test
  void simStatus004IsActive() {
    answer("simStatus", "msisdn", OK, "6.2-sim-status-882360000000004.xml");
    SimInfo sim = client.simStatus(SimRef.msisdn(OK));
    assertThat(sim.status().code()).isEqualTo(SimStatusCode.ACTIVE);
    assertThat(sim.activationDate()).contains(LocalDateTime.of(2016, 1, 20, 12, 45));
    assertThat(sim.totalTraffic()).contains(DataVolume.ofBytes(1_231_231_231));
    assertThat(sim.plan()).contains("default");
    assertThat(sim.cdrs()).isEmpty();
  }

  // ---- 6.14 downloadCdr ----

  private static CdrQuery cdrsOf(String msisdn) {
    return CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of(msisdn));
  }

  @Test
  void downloadCdr001IsNotFound() {
    answer("downloadCdr", "msisdnList", NOT_FOUND, "5-sandbox-sim-not-found-message.xml");
    expectFailure(
        () -> client.downloadCdr(cdrsOf(NOT_FOUND)),
        NotFoundException.class,
        "sim not found or not available");
  }

  @Test
  void downloadCdr003IsAGenericError() {
    answer("downloadCdr", "msisdnList", GENERIC_ERROR, "5-sandbox-generic-error-message.xml");
    expectFailure(
        () -> client.downloadCdr(cdrsOf(GENERIC_ERROR)),
        ProviderErrorException.class,
        "generic error");
  }

  @Test
  void downloadCdr004IsScheduled() {
    answer("downloadCdr", "msisdnList", OK, "4.17-download-cdr-ok.xml");
    assertThat(client.downloadCdr(cdrsOf(OK))).startsWith("Export scheduled correctly.");
  }

  @Test
  void downloadCdr005IsOverTheCdrLimit() {
    answer("downloadCdr", "msisdnList", CDR_LIMIT, "6.14-download-cdr-882360000000005.xml");
    expectFailure(
        () -> client.downloadCdr(cdrsOf(CDR_LIMIT)),
        InvalidRequestException.class,
        "CDR limit not respected");
  }

  // ---- 6.16 getCdrPaginated ----

  @Test
  void cdrPaginated001IsNotFound() {
    answer("getCdrPaginated", "msisdnList", NOT_FOUND, "5-sandbox-sim-not-found-message.xml");
    expectFailure(
        () -> client.getCdrPaginated(cdrsOf(NOT_FOUND), 1, 500),
        NotFoundException.class,
        "sim not found or not available");
  }

  @Test
  void cdrPaginated002IsATrafficCdr() {
    answer(
        "getCdrPaginated", "msisdnList", INVALID_INPUT, "6.16-cdr-paginated-882360000000002.xml");
    List<Cdr> cdrs = client.getCdrPaginated(cdrsOf(INVALID_INPUT), 1, 500).items();
    assertThat(cdrs)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.msisdn()).contains(Msisdn.of(INVALID_INPUT));
              assertThat(c.traffic()).isEqualTo(DataVolume.ofBytes(1_000_000));
            });
  }

  @Test
  void cdrPaginated003IsAnSmsMoCdr() {
    answer(
        "getCdrPaginated", "msisdnList", GENERIC_ERROR, "6.16-cdr-paginated-882360000000003.xml");
    List<Cdr> cdrs = client.getCdrPaginated(cdrsOf(GENERIC_ERROR), 1, 500).items();
    assertThat(cdrs)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.msisdn()).contains(Msisdn.of(GENERIC_ERROR));
              assertThat(c.traffic()).isEqualTo(DataVolume.ZERO);
              assertThat(c.dateStart()).isEqualTo(c.dateStop());
            });
  }

  // ---- 6.3, 6.4, 6.9 to 6.12: no MSISDN behaviours; the sandbox credentials still apply ----

  @Test
  void theOperationsWithoutSandboxMsisdnsCarryTheSandboxCredentials() {
    String[][] calls = {
      {"simListLite", "4.6-sim-list-lite-ok.xml"},
      {"credit", "4.7-credit-ok.xml"},
      {"customPlanList", "4.12-custom-plan-list-ok.xml"},
      {"createCustomPlan", "4.13-create-custom-plan-ok.xml"},
      {"modifyCustomPlan", "4.14-modify-custom-plan-ok.xml"},
      {"changeSimPlan", "4.15-associate-plan-ok.xml"}
    };
    for (String[] c : calls) {
      server.stubFor(
          sandboxCall(c[0])
              .withFormParam("username", equalTo("TMTEST"))
              .withFormParam("token", equalTo("91c6ce3c-a848-4f0e-bfca-ab9eeff5d1e6"))
              .willReturn(xml(fixture(c[1]))));
    }
    CustomPlanSettings plan =
        CustomPlanSettings.ofMegabytes("p", true, BigDecimal.ONE, BigDecimal.TEN);

    assertThat(client.simListLite(SimListQuery.ALL, 1, 500).items()).hasSize(1);
    assertThat(client.credit().creditHistory()).hasSize(2);
    assertThat(client.customPlanList()).hasSize(2);
    client.createCustomPlan(plan);
    client.modifyCustomPlan("1", plan);
    client.changeSimPlan(SimRef.msisdn(OK), "1");
    assertThat(server.getAllServeEvents()).hasSize(6);
  }
}
