package io.simbridge.horisen;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.ReportSide;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.TrafficReportRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HORISEN through the neutral API: its three report capabilities, and nothing else. */
class NeutralViewTest extends WireMockSupport {
  private static final Set<Capability> REPORTS =
      EnumSet.of(
          Capability.CUSTOMER_TRAFFIC_REPORT,
          Capability.SUPPLIER_TRAFFIC_REPORT,
          Capability.OVERALL_TRAFFIC_REPORT);
  private static final LocalDate FROM = LocalDate.of(2024, 9, 16);
  private static final LocalDate TO = LocalDate.of(2024, 9, 30);

  private SimProvider provider() {
    return client().asSimProvider();
  }

  @Test
  void declaresExactlyTheThreeTrafficReportCapabilities() {
    SimProvider provider = provider();

    assertThat(provider.providerId()).isEqualTo("horisen");
    assertThat(provider.capabilities()).isEqualTo(REPORTS);
    assertThat(provider.supports(Capability.OVERALL_TRAFFIC_REPORT)).isTrue();
    assertThat(provider.supports(Capability.SIM_STATE)).isFalse();
    assertThat(provider.supports(Capability.CREDIT_BALANCE)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Capability.class)
  void everyCapabilityOutsideTheSetIsRefusedWithoutANetworkCall(Capability capability) {
    SimProvider provider = provider();
    Consumer<SimProvider> call = CALLS.get(capability);

    if (REPORTS.contains(capability)) {
      assertThat(provider.supports(capability)).isTrue();
      return;
    }
    assertThatThrownBy(() -> call.accept(provider))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .satisfies(
            e ->
                assertThat(((UnsupportedCapabilityException) e).capability()).isEqualTo(capability))
        .hasMessageContaining("horisen");
    assertThat(allRequests()).isZero();
  }

  private static final SimRef SIM = SimRef.msisdn("882360000000004");
  private static final Map<Capability, Consumer<SimProvider>> CALLS =
      Map.ofEntries(
          Map.entry(Capability.ACTIVATE, p -> p.activate(SIM)),
          Map.entry(Capability.SUSPEND, p -> p.suspend(SIM)),
          Map.entry(Capability.RESUME, p -> p.resume(SIM)),
          Map.entry(Capability.DISCONNECT, p -> p.disconnect(SIM)),
          Map.entry(Capability.RENAME, p -> p.rename(SIM, "x")),
          Map.entry(Capability.TAG, p -> p.tag(SIM, "x")),
          Map.entry(Capability.SET_EXPIRY, p -> p.setExpiry(SIM, FROM, true)),
          Map.entry(Capability.SET_DATA_LIMITS, p -> p.setDataLimits(SIM, null)),
          Map.entry(Capability.TOP_UP, p -> p.topUp(SIM, DataVolume.ofBytes(1))),
          Map.entry(Capability.SEND_SMS, p -> p.sendSms(SIM, "hi")),
          Map.entry(Capability.CHANGE_PLAN, p -> p.changePlan(SIM, "plan")),
          Map.entry(Capability.SIM_STATE, p -> p.state(SIM)),
          Map.entry(Capability.USAGE_NOW, p -> p.usageNow(SIM)),
          Map.entry(Capability.DAILY_USAGE, p -> p.dailyUsage(SIM)),
          Map.entry(Capability.LAST_MO_TRAFFIC, p -> p.lastActivity(SIM)),
          Map.entry(Capability.CONTRACT_TERM, p -> p.contractTerm(SIM)),
          Map.entry(
              Capability.USAGE_RECORDS, p -> p.usageRecords(SIM, Instant.EPOCH, Instant.EPOCH)),
          Map.entry(Capability.LIST_SIMS, p -> p.listSims(SimFilter.ALL)),
          Map.entry(Capability.CUSTOMER_TRAFFIC_REPORT, p -> p.customerTraffic(FROM, TO)),
          Map.entry(Capability.SUPPLIER_TRAFFIC_REPORT, p -> p.supplierTraffic(FROM, TO)),
          Map.entry(Capability.OVERALL_TRAFFIC_REPORT, p -> p.overallTraffic(null, null, Set.of())),
          Map.entry(Capability.CREDIT_BALANCE, SimProvider::creditBalance),
          Map.entry(Capability.CREDIT_HISTORY, p -> p.creditHistory(Instant.EPOCH, Instant.EPOCH)));

  @Test
  void everyCapabilityHasACallInThisTest() {
    assertThat(CALLS.keySet()).containsExactlyInAnyOrder(Capability.values());
  }

  @Test
  void customerTrafficIsTheCustomerTrafficReport() {
    stubToken();
    stubApi("/customer-traffic-reports", fixture("3.1-customer-traffic-reports.json"));

    List<TrafficReportRow> rows = provider().customerTraffic(FROM, TO).stream().toList();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            TrafficReportRow.builder(ReportSide.CUSTOMER)
                .periodStart(Instant.parse("2024-09-16T11:59:45.520Z"))
                .periodEnd(Instant.parse("2024-09-30T21:59:59Z"))
                .counterparty("Acme, Inc.")
                .country("Germany")
                .countryCode("DE")
                .operator("Telekom Deutschland")
                .mcc("262")
                .mnc("01")
                .messages(15230)
                .unitPrice(new BigDecimal("0.0065"))
                .amount(new Money(new BigDecimal("98.995"), "EUR"))
                .build());
    assertThat(rows.get(1).amount()).contains(new Money(new BigDecimal("10.00"), "CHF"));
    assertThat(rawQuery(onlyApiRequest())).isEqualTo("startDate=2024-09-16&endDate=2024-09-30");
  }

  @Test
  void supplierTrafficIsTheControlTrafficReport() {
    stubToken();
    stubApi("/control-traffic-reports", fixture("3.2-control-traffic-reports.json"));

    List<TrafficReportRow> rows = provider().supplierTraffic(FROM, TO).stream().toList();

    assertThat(rows)
        .containsExactly(
            TrafficReportRow.builder(ReportSide.SUPPLIER)
                .periodStart(Instant.parse("2024-09-16T13:06:21.442Z"))
                .periodEnd(Instant.parse("2024-09-30T13:06:21.442Z"))
                .counterparty("Carrier X")
                .country("Germany")
                .countryCode("DE")
                .operator("Vodafone GmbH")
                .mcc("262")
                .mnc("02")
                .messages(15100)
                .unitPrice(new BigDecimal("0.0041"))
                .amount(new Money(new BigDecimal("61.91"), "EUR"))
                .build());
  }

  @Test
  void overallTrafficGroupsByTheAskedDimensionsByDay() {
    stubToken();
    server.stubFor(
        get(urlPathEqualTo(API + "/overall-traffic-reports"))
            .willReturn(
                okJson(
                    "{\"data\": ["
                        + "{\"msgDate\": \"2024-10-01\", \"countryName\": \"Germany\", \"countryCode2\": \"DE\", \"currencyCode\": \"EUR\","
                        + " \"inSmsCnt\": 1200, \"sellAmountInCurr\": 7.80},"
                        + "{\"msgDate\": \"2024-10-02\", \"countryName\": \"Austria\", \"countryCode2\": \"AT\", \"currencyCode\": \"EUR\","
                        + " \"inSmsCnt\": 10, \"sellAmountInCurr\": 0.07}],"
                        + " \"meta\": {\"pagination\": {\"currentPage\": 1, \"totalPages\": 1}}}")));
    OffsetDateTime from = OffsetDateTime.parse("2024-10-01T00:00:00+02:00");
    OffsetDateTime to = OffsetDateTime.parse("2024-10-03T00:00:00+02:00");

    List<TrafficReportRow> rows =
        provider()
            .overallTraffic(from, to, Set.of(ReportDimension.COUNTRY, ReportDimension.DATE))
            .stream()
            .toList();

    assertThat(rawQuery(onlyApiRequest()))
        .isEqualTo(
            "startDt=2024-10-01T00:00:00%2B02:00&endDt=2024-10-03T00:00:00%2B02:00"
                + "&grain=day&embed=msgDate,countryName,countryCode2,currencyCode,inSmsCnt,sellAmountInCurr"
                + "&groupBy=msgDate,countryName,countryCode2,currencyCode");
    assertThat(rows)
        .containsExactly(
            TrafficReportRow.builder(ReportSide.OVERALL)
                .date(LocalDate.of(2024, 10, 1))
                .country("Germany")
                .countryCode("DE")
                .messages(1200)
                .amount(new Money(new BigDecimal("7.80"), "EUR"))
                .build(),
            TrafficReportRow.builder(ReportSide.OVERALL)
                .date(LocalDate.of(2024, 10, 2))
                .country("Austria")
                .countryCode("AT")
                .messages(10)
                .amount(new Money(new BigDecimal("0.07"), "EUR"))
                .build());
  }

  @Test
  void overallTrafficWithoutGroupingUsesTheProvidersDefaultsAndCoversThePeriod() {
    stubToken();
    stubApi(
        "/overall-traffic-reports",
        "{\"data\": [{\"customerBriefName\": \"Acme\", \"supplierBriefName\": \"CX\","
            + " \"inSmsCnt\": 3}], \"meta\": {\"pagination\": {\"currentPage\": 1, \"totalPages\": 1}}}");
    OffsetDateTime from = OffsetDateTime.parse("2024-10-01T00:00:00Z");
    OffsetDateTime to = OffsetDateTime.parse("2024-10-02T00:00:00Z");

    List<TrafficReportRow> rows = provider().overallTraffic(from, to, Set.of()).stream().toList();

    assertThat(rawQuery(onlyApiRequest()))
        .isEqualTo("startDt=2024-10-01T00:00:00Z&endDt=2024-10-02T00:00:00Z&grain=day");
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.counterparty()).contains("Acme");
              assertThat(row.messages()).isEqualTo(3);
              assertThat(row.date()).isEmpty();
              assertThat(row.periodStart()).contains(from.toInstant());
              assertThat(row.periodEnd()).contains(to.toInstant());
              assertThat(row.amount()).isEmpty();
            });
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedBeforeSending() {
    SimProvider provider = provider();

    assertThatThrownBy(() -> provider.customerTraffic(TO, FROM))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                provider.overallTraffic(
                    OffsetDateTime.parse("2024-10-02T00:00:00Z"),
                    OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                    Set.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(allRequests()).isZero();
  }

  @Test
  void unwrapGivesTheClientAndClosingTheViewClosesIt() {
    HorisenClient client = client();
    SimProvider provider = client.asSimProvider();

    assertThat(provider.unwrap(HorisenClient.class)).isSameAs(client);
    provider.close();

    assertThatThrownBy(
            () ->
                client.customerTrafficReportsPage(
                    FROM, TO, io.simbridge.horisen.model.Filter.none(), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void theFactoryIsFoundThroughServiceLoaderAndBuildsAWorkingProvider() {
    stubToken();
    stubApi("/control-traffic-reports", fixture("3.2-control-traffic-reports.json"));

    assertThat(SimProviders.available()).containsKey("horisen");
    assertThat(SimProviders.factory("horisen").capabilities()).isEqualTo(REPORTS);
    try (SimProvider provider =
        SimProviders.create(
            "horisen",
            Map.of(
                "base-url",
                server.baseUrl() + API,
                "token-url",
                server.baseUrl() + TOKEN_PATH,
                "client-id",
                CLIENT_ID,
                "client-secret",
                CLIENT_SECRET,
                "page-size",
                "25"))) {
      assertThat(provider.capabilities()).isEqualTo(REPORTS);
      assertThat(provider.supplierTraffic(FROM, TO).stream().count()).isEqualTo(1);
    }
    assertThat(rawQuery(onlyApiRequest()))
        .isEqualTo("startDate=2024-09-16&endDate=2024-09-30&page_size=25");
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void theFactoryDerivesHostsFromThePlatformDomainAndSeparator() {
    try (SimProvider provider =
        SimProviders.create(
            "horisen",
            Map.of(
                "platform-domain",
                "example.com",
                "separator",
                "hyphen",
                "access-token",
                "abc-token"))) {
      HorisenClient client = provider.unwrap(HorisenClient.class);
      assertThat(client.baseUrl()).isEqualTo("https://api-example.com/bulk/traffic-report/v2");
      assertThat(client.tokenUrl()).isEmpty();
    }
  }

  @Test
  void theFactoryRefusesIncompleteOrWrongSettings() {
    assertThatThrownBy(
            () ->
                SimProviders.create(
                    "horisen", Map.of("platform-domain", "example.com", "client-id", "x")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("simbridge.horisen.client-secret")
        .hasMessageContaining("SIMBRIDGE_HORISEN_CLIENT_SECRET");
    assertThatThrownBy(
            () ->
                SimProviders.create(
                    "horisen",
                    Map.of(
                        "platform-domain",
                        "example.com",
                        "separator",
                        "slash",
                        "access-token",
                        "t-1234")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("dot or hyphen");
    assertThatThrownBy(
            () -> SimProviders.create("horisen", Map.of("platform-domain", "example.com")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("credentials");
    assertThat(
            Arrays.stream(SimProviders.factory("horisen").settings().toArray())
                .map(Object::toString))
        .anyMatch(s -> s.contains("client-secret") && s.contains("secret=true"));
  }
}
