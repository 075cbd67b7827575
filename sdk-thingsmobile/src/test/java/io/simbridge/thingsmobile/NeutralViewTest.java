package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.fixture;
import static io.simbridge.thingsmobile.Tm.multipartFields;
import static io.simbridge.thingsmobile.Tm.onlyRequest;
import static io.simbridge.thingsmobile.Tm.stub;
import static io.simbridge.thingsmobile.Tm.urlEncodedFields;
import static io.simbridge.thingsmobile.Tm.withCredentials;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.CreditHistoryEntry;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import io.simbridge.core.model.SuspensionCause;
import io.simbridge.core.model.Usage;
import io.simbridge.core.model.UsageRecord;
import io.simbridge.core.time.ManualClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The neutral view: exactly its capabilities, each mapped onto the documented operation. */
class NeutralViewTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.msisdn("882360001975037");
  private static final Instant FROM = Instant.parse("2020-10-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2020-10-31T23:00:00Z");

  private static final Set<Capability> DECLARED =
      EnumSet.of(
          Capability.ACTIVATE,
          Capability.SUSPEND,
          Capability.RESUME,
          Capability.DISCONNECT,
          Capability.RENAME,
          Capability.TAG,
          Capability.SET_EXPIRY,
          Capability.SET_DATA_LIMITS,
          Capability.TOP_UP,
          Capability.SEND_SMS,
          Capability.CHANGE_PLAN,
          Capability.SIM_STATE,
          Capability.USAGE_NOW,
          Capability.USAGE_RECORDS,
          Capability.LIST_SIMS,
          Capability.CREDIT_BALANCE,
          Capability.CREDIT_HISTORY);

  /** One call per capability, whatever the provider supports. */
  private static final Map<Capability, Consumer<SimProvider>> CALLS =
      new EnumMap<>(Capability.class);

  static {
    SimRef both = SimRef.of(Iccid.of("8944501312167518236"), Msisdn.of("882360001975037"));
    DataLimit limit = new DataLimit(DataVolume.of(10, DataUnit.MEBIBYTE), true);
    CALLS.put(Capability.ACTIVATE, p -> p.activate(both));
    CALLS.put(Capability.SUSPEND, p -> p.suspend(SIM));
    CALLS.put(Capability.RESUME, p -> p.resume(SIM));
    CALLS.put(Capability.DISCONNECT, p -> p.disconnect(SIM));
    CALLS.put(Capability.RENAME, p -> p.rename(SIM, "n"));
    CALLS.put(Capability.TAG, p -> p.tag(SIM, "t"));
    CALLS.put(Capability.SET_EXPIRY, p -> p.setExpiry(SIM, LocalDate.of(2030, 1, 1), true));
    CALLS.put(
        Capability.SET_DATA_LIMITS, p -> p.setDataLimits(SIM, new DataLimits(limit, limit, limit)));
    CALLS.put(Capability.TOP_UP, p -> p.topUp(SIM, DataVolume.of(10, DataUnit.MEBIBYTE)));
    CALLS.put(Capability.SEND_SMS, p -> p.sendSms(SIM, "hi"));
    CALLS.put(Capability.CHANGE_PLAN, p -> p.changePlan(SIM, "1"));
    CALLS.put(Capability.SIM_STATE, p -> p.state(SIM));
    CALLS.put(Capability.USAGE_NOW, p -> p.usageNow(SIM));
    CALLS.put(Capability.DAILY_USAGE, p -> p.dailyUsage(SIM));
    CALLS.put(Capability.LAST_MO_TRAFFIC, p -> p.lastActivity(SIM));
    CALLS.put(Capability.CONTRACT_TERM, p -> p.contractTerm(SIM));
    CALLS.put(Capability.USAGE_RECORDS, p -> readAll(p.usageRecords(SIM, FROM, TO)));
    CALLS.put(Capability.LIST_SIMS, p -> readAll(p.listSims(SimFilter.ALL)));
    CALLS.put(
        Capability.CUSTOMER_TRAFFIC_REPORT,
        p -> p.customerTraffic(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
    CALLS.put(
        Capability.SUPPLIER_TRAFFIC_REPORT,
        p -> p.supplierTraffic(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
    CALLS.put(
        Capability.OVERALL_TRAFFIC_REPORT,
        p ->
            p.overallTraffic(FROM.atOffset(ZoneOffset.UTC), TO.atOffset(ZoneOffset.UTC), Set.of()));
    CALLS.put(Capability.CREDIT_BALANCE, SimProvider::creditBalance);
    CALLS.put(Capability.CREDIT_HISTORY, p -> readAll(p.creditHistory(FROM, TO)));
  }

  private ThingsMobileClient client;
  private SimProvider provider;

  @BeforeEach
  void setUp() {
    client = Tm.client(server, new ManualClock(Tm.START)).build();
    provider = client.asSimProvider();
  }

  @AfterEach
  void tearDown() {
    provider.close();
  }

  // ---- capability honesty ----

  @Test
  void declaresExactlyItsCapabilities() {
    assertThat(provider.capabilities()).containsExactlyInAnyOrderElementsOf(DECLARED);
    assertThat(CALLS)
        .as("the test names a call for every capability")
        .hasSameSizeAs(Capability.values());
  }

  static Stream<Capability> undeclared() {
    return Stream.of(Capability.values()).filter(c -> !DECLARED.contains(c));
  }

  @ParameterizedTest
  @MethodSource("undeclared")
  void everyUndeclaredCapabilityRefusesWithoutARequest(Capability capability) {
    assertThat(provider.supports(capability)).isFalse();
    UnsupportedCapabilityException e =
        catchThrowableOfType(
            UnsupportedCapabilityException.class, () -> CALLS.get(capability).accept(provider));
    assertThat(e.capability()).isEqualTo(capability);
    assertThat(e.getMessage()).contains("thingsmobile");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Capability.class)
  void everyDeclaredCapabilityIsImplemented(Capability capability) {
    if (!DECLARED.contains(capability)) {
      return;
    }
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
    stub(server, "simStatus", "4.5-sim-status-ok.xml");
    stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");
    stub(server, "credit", "4.7-credit-ok.xml");
    stub(server, "getCdrPaginated", "4.19-cdr-paginated-ok.xml");
    assertThat(provider.supports(capability)).isTrue();
    assertThatCode(() -> CALLS.get(capability).accept(provider)).doesNotThrowAnyException();
    assertThat(server.getAllServeEvents()).isNotEmpty();
  }

  // ---- SimOperations ----

  static Stream<Arguments> writes() {
    return Stream.of(
        Arguments.of(Capability.SUSPEND, "blockSim", List.of("msisdn=882360001975037")),
        Arguments.of(Capability.RESUME, "unblockSim", List.of("msisdn=882360001975037")),
        Arguments.of(Capability.DISCONNECT, "disconnectSim", List.of("msisdn=882360001975037")),
        Arguments.of(
            Capability.RENAME, "updateSimName", List.of("msisdn=882360001975037", "name=n")),
        Arguments.of(Capability.TAG, "updateSimTag", List.of("msisdn=882360001975037", "tag=t")),
        Arguments.of(
            Capability.SET_EXPIRY,
            "setupSimExpirationDate",
            List.of("msisdn=882360001975037", "expirationDate=2030-01-01", "blockSim=1")),
        Arguments.of(
            Capability.SET_DATA_LIMITS,
            "setupSimTrafficThreeshold",
            List.of(
                "msisdn=882360001975037",
                "dailyLimit=10",
                "blockSimDaily=1",
                "monthlyLimit=10",
                "blockSimMonthly=1",
                "totalLimit=10",
                "blockSimTotal=1")),
        Arguments.of(
            Capability.TOP_UP, "rechargeSim", List.of("msisdn=882360001975037", "amount=10")),
        Arguments.of(
            Capability.SEND_SMS, "sendSms", List.of("msisdn=882360001975037", "message=hi")),
        Arguments.of(
            Capability.CHANGE_PLAN,
            "changeSimPlan",
            List.of("msisdn=882360001975037", "customPlanId=1")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("writes")
  void eachWriteIsItsDocumentedOperation(
      Capability capability, String operation, List<String> fields) {
    server.stubFor(
        post(anyUrl())
            .willReturn(xml("<result><sims/><creditHistory/><done>true</done></result>")));
    CALLS.get(capability).accept(provider);
    assertThat(urlEncodedFields(onlyRequest(server, operation)))
        .containsExactlyElementsOf(withCredentials(fields.toArray(String[]::new)));
  }

  @Test
  void activateSendsBothIdentifiers() {
    stub(server, "activateSim", "4.1-activate-sim-ok.xml");
    CALLS.get(Capability.ACTIVATE).accept(provider);
    assertThat(multipartFields(onlyRequest(server, "activateSim")))
        .containsExactlyElementsOf(
            withCredentials("msisdn=882360001975037", "simBarcode=8944501312167518236"));
  }

  @Test
  void activateRefusesAReferenceMissingAnIdentifier() {
    assertThatThrownBy(() -> provider.activate(SIM))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lacks its ICCID")
        .hasMessageContaining("both the MSISDN and the ICCID");
    assertThatThrownBy(() -> provider.activate(SimRef.iccid("8944501312167518236")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lacks its MSISDN");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void topUpRefusesWhatIsNotWholeMegabytes() {
    assertThatThrownBy(() -> provider.topUp(SIM, DataVolume.of(1, DataUnit.GIGABYTE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a whole number of MB");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  // ---- TrafficQueries ----

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "not active, NOT_ACTIVATED, ",
    "not-active, NOT_ACTIVATED, ",
    "active, ACTIVE, ",
    "active-waiting-initial-recharge, ACTIVE, ",
    "suspended, SUSPENDED, UNKNOWN",
    "suspended-for-no-cash, SUSPENDED, PROVIDER",
    "suspended-for-traffic, SUSPENDED, PROVIDER",
    "suspended-for-data, SUSPENDED, PROVIDER",
    "suspended-for-country-disabled, SUSPENDED, PROVIDER",
    "suspended-for-traffic-limit-in-country, SUSPENDED, PROVIDER",
    "pending-monthly-network-access-charge, SUSPENDED, PROVIDER",
    "waiting-activation-fixed-ip, SUSPENDED, PROVIDER",
    "replaced, SUSPENDED, UNKNOWN",
    "deleted, SUSPENDED, UNKNOWN",
    "operation-in-progress, SUSPENDED, UNKNOWN",
    "error-during-request, SUSPENDED, UNKNOWN",
    "deactivated, DEACTIVATED, ",
    "suspended-for-a-new-reason, UNKNOWN, ",
  })
  void stateNormalisesTheStatusAndKeepsItsRawValue(
      String raw, SimState state, SuspensionCause cause) {
    server.stubFor(
        post(urlPathEqualTo("/simStatus"))
            .willReturn(
                xml(
                    fixture("4.5-sim-status-ok.xml")
                        .replace("<status>active</status>", "<status>" + raw + "</status>"))));

    SimStatus status = provider.state(SIM);

    assertThat(status.state()).isEqualTo(state);
    assertThat(status.rawState()).isEqualTo(raw);
    assertThat(status.suspensionCause()).isEqualTo(Optional.ofNullable(cause));
  }

  @Test
  void stateAndUsageAskForOneCdrOnly() {
    stub(server, "simStatus", "4.5-sim-status-ok.xml");

    Usage usage = provider.usageNow(SIM);

    assertThat(urlEncodedFields(onlyRequest(server, "simStatus")))
        .containsExactlyElementsOf(
            withCredentials("msisdn=882360001975037", "page=1", "pageSize=1"));
    assertThat(usage.today()).contains(DataVolume.ofBytes(123));
    assertThat(usage.thisMonth()).contains(DataVolume.ofBytes(1234));
    assertThat(usage.total()).contains(DataVolume.ZERO);
    assertThat(usage.remaining()).contains(DataVolume.ofBytes(30));
    assertThat(usage.smsCount()).isEmpty();
    assertThat(usage.voiceMinutes()).isEmpty();
  }

  @Test
  void listSimsTranslatesTheFilterAndReadsDatesInRomeTime() {
    stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");

    List<SimSummary> sims =
        provider
            .listSims(SimFilter.ALL.withName("name").withTag("tag").withState(SimState.SUSPENDED))
            .stream()
            .toList();

    assertThat(urlEncodedFields(onlyRequest(server, "simListLite")))
        .containsExactlyElementsOf(
            withCredentials("name=name", "tag=tag", "status=suspended", "page=1", "pageSize=500"));
    SimSummary sim = sims.get(0);
    assertThat(sim.sim())
        .isEqualTo(SimRef.of(Iccid.of("8944501312167518236"), Msisdn.of("447937557899")));
    assertThat(sim.status()).isEqualTo(SimStatus.of(SimState.ACTIVE, "active"));
    assertThat(sim.name()).contains("name");
    assertThat(sim.tag()).contains("tag");
    assertThat(sim.plan()).contains("Pay-per-use plan");
    // Winter (UTC+1) and summer (UTC+2) time in Europe/Rome.
    assertThat(sim.activatedAt()).contains(Instant.parse("2018-02-07T14:52:49Z"));
    assertThat(sim.expiresAt()).contains(Instant.parse("2018-02-19T23:00:00Z"));
    assertThat(sim.lastConnection()).contains(Instant.parse("2019-04-20T06:37:52Z"));
    assertThat(sim.remaining()).contains(DataVolume.ofBytes(30));
  }

  @Test
  void listSimsCannotFilterAnUnknownState() {
    assertThatThrownBy(() -> provider.listSims(SimFilter.ALL.withState(SimState.UNKNOWN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid state: UNKNOWN cannot be filtered");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void usageRecordsAsksForTheRangeInServerTime() {
    stub(server, "getCdrPaginated", "4.19-cdr-paginated-ok.xml");

    List<UsageRecord> records = provider.usageRecords(SIM, FROM, TO).stream().toList();

    assertThat(urlEncodedFields(onlyRequest(server, "getCdrPaginated")))
        .containsExactlyElementsOf(
            withCredentials(
                "msisdnList=882360001975037",
                "startDateRange=2020-10-01 02:00:00",
                "endDateRange=2020-11-01 00:00:00",
                "page=1",
                "pageSize=500"));
    assertThat(records)
        .containsExactly(
            new UsageRecord(
                SIM,
                Instant.parse("2020-10-05T17:11:48Z"),
                Instant.parse("2020-10-05T17:21:48Z"),
                DataVolume.ofBytes(1_000_000),
                Optional.of("Zone 1"),
                Optional.of("ESP"),
                Optional.of("ESPVV")));
  }

  @Test
  void usageRecordsOfASimKnownByIccidLooksUpItsMsisdnWhenIterated() {
    stub(server, "simStatus", "4.5-sim-status-ok.xml");
    server.stubFor(
        post(urlPathEqualTo("/getCdrPaginated"))
            .willReturn(
                xml(
                    fixture("4.19-cdr-paginated-ok.xml")
                        .replace("882360001975037", "447937557899"))));
    SimRef byIccid = SimRef.iccid("8944501312167518236");

    var records = provider.usageRecords(byIccid, FROM, TO);
    assertThat(server.getAllServeEvents()).as("lazy").isEmpty();
    List<UsageRecord> list = records.stream().toList();

    assertThat(
            urlEncodedFields(server.findAll(postRequestedFor(urlPathEqualTo("/simStatus"))).get(0)))
        .containsExactlyElementsOf(
            withCredentials("iccid=8944501312167518236", "page=1", "pageSize=1"));
    assertThat(
            urlEncodedFields(
                server.findAll(postRequestedFor(urlPathEqualTo("/getCdrPaginated"))).get(0)))
        .contains("msisdnList=447937557899");
    assertThat(list)
        .singleElement()
        .extracting(UsageRecord::sim)
        .isEqualTo(SimRef.of(Iccid.of("8944501312167518236"), Msisdn.of("447937557899")));
  }

  @Test
  void rangesThatEndBeforeTheyStartAreRefused() {
    assertThatThrownBy(() -> provider.usageRecords(SIM, TO, FROM))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "Invalid to: 2020-10-01T00:00:00Z is before from 2020-10-31T23:00:00Z");
    assertThatThrownBy(() -> provider.creditHistory(TO, FROM))
        .isInstanceOf(InvalidInputException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  // ---- ReportQueries ----

  @Test
  void creditBalanceAsksForOneHistoryRowOnly() {
    stub(server, "credit", "4.7-credit-ok.xml");
    assertThat(provider.creditBalance()).isEqualTo(new Money(new BigDecimal("9.00"), "EUR"));
    assertThat(urlEncodedFields(onlyRequest(server, "credit")))
        .containsExactlyElementsOf(withCredentials("page=1", "pageSize=1"));
  }

  @Test
  void creditHistoryInAConfiguredZone() {
    stub(server, "credit", "4.7-credit-ok.xml");
    try (SimProvider utc =
        Tm.client(server, new ManualClock(Tm.START))
            .serverZone(ZoneOffset.UTC)
            .build()
            .asSimProvider()) {
      List<CreditHistoryEntry> entries = utc.creditHistory(FROM, TO).stream().toList();

      assertThat(urlEncodedFields(onlyRequest(server, "credit")))
          .containsExactlyElementsOf(
              withCredentials(
                  "startDateRange=2020-10-01 00:00:00",
                  "endDateRange=2020-10-31 23:00:00",
                  "page=1",
                  "pageSize=5000"));
      assertThat(entries)
          .containsExactly(
              new CreditHistoryEntry(
                  Instant.parse("2017-06-30T15:21:00Z"),
                  new Money(new BigDecimal("10.00"), "EUR"),
                  "Credit recharge",
                  Optional.empty()),
              new CreditHistoryEntry(
                  Instant.parse("2017-06-30T15:22:00Z"),
                  new Money(new BigDecimal("-1.00"), "EUR"),
                  "Sim recharge",
                  Optional.of(SimRef.msisdn("882360000000001"))));
    }
  }

  /** Iterates a lazy list to its end: the lists reach the server only when iterated. */
  private static void readAll(Iterable<?> items) {
    items.forEach(item -> {});
  }
}
