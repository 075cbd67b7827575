package io.simbridge.reliability.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.horisen.model.OverallTrafficRequest;
import io.simbridge.horisen.model.TrafficReportCsvRow;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.reliability.fuzz.Parser;
import io.simbridge.reliability.support.Clients;
import io.simbridge.testkit.freebit.FreebitEmulator;
import io.simbridge.testkit.horisen.HorisenEmulator;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21: with Jackson older than 2.18 on the class path, the first answer failed with
 * NoSuchMethodError in Mappers. Each provider's JSON, XML and CSV answers are read here, and an
 * answer of too many tokens is still refused. The normal build runs this on the project's Jackson;
 * {@code -Pjackson-floor} runs it on the oldest supported one and sets {@code simbridge.jackson},
 * which the first test checks, so the profile cannot silently test the wrong version.
 */
class JacksonFloorTest {
  private static final LocalDate FROM = LocalDate.of(2024, 10, 1);
  private static final LocalDate TO = LocalDate.of(2024, 10, 31);

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private final ManualClock clock = Clients.clock();

  @Test
  void theJacksonOnTheClassPathIsTheOneTheProfileAskedFor() {
    String expected = System.getProperty("simbridge.jackson", "");
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    Version xml = com.fasterxml.jackson.dataformat.xml.PackageVersion.VERSION;
    Version csv = com.fasterxml.jackson.dataformat.csv.PackageVersion.VERSION;

    if (!expected.isEmpty()) {
      assertThat(List.of(core, databind, xml, csv))
          .extracting(Version::toString)
          .containsOnly(expected);
    }
  }

  @Test
  void thingsMobileJsonAnswersAreRead() {
    try (ThingsMobileEmulator tm =
            ThingsMobileEmulator.builder().clock(clock).generatedSims(30).build().start();
        ThingsMobileClient client =
            Clients.thingsMobile(tm.baseUrl(), clock)
                .username(ThingsMobileEmulator.USERNAME)
                .token(ThingsMobileEmulator.TOKEN)
                .build()) {
      List<SimListItem> sims = client.simListLite(SimListQuery.ALL, 1, 10).items();
      assertThat(sims).hasSize(10);

      SimRef first = SimRef.msisdn(sims.get(0).msisdn().value());
      assertThat(client.simStatus(first).iccid()).isEqualTo(sims.get(0).iccid());
      assertThat(client.asSimProvider().state(first)).isNotNull();
      assertThat(client.credit()).isNotNull();
    }
  }

  @Test
  void horisenJsonAndCsvAnswersAreRead() {
    try (HorisenEmulator h = HorisenEmulator.builder().clock(clock).build().start();
        HorisenClient client =
            HorisenClient.builder()
                .baseUrl(h.baseUrl() + "/bulk/traffic-report/v2")
                .tokenUrl(h.tokenUrl())
                .clientCredentials(h.clientId(), h.clientSecret())
                .clock(clock)
                .sleeper(clock)
                .pageSize(10)
                .build()) {
      assertThat(client.customerTrafficReportsPage(FROM, TO, Filter.none(), 1).data()).isNotEmpty();
      OffsetDateTime start = FROM.atStartOfDay().atOffset(ZoneOffset.UTC);
      assertThat(
              client
                  .overallTrafficReportsPage(
                      OverallTrafficRequest.builder(start, start.plusDays(30)).build(), 1)
                  .data())
          .isNotEmpty();
      try (Stream<TrafficReportCsvRow> rows =
          client.customerTrafficReportsCsv(FROM, TO, Filter.none())) {
        assertThat(rows.count()).isPositive();
      }
    }
  }

  @Test
  void freebitJsonAnswersAreRead() {
    try (FreebitEmulator f = FreebitEmulator.builder().clock(clock).build().start();
        FreebitClient client =
            FreebitClient.builder()
                .baseUrl(f.baseUrl())
                .clock(clock)
                .sleeper(clock)
                .oemCredentials(FreebitEmulator.OEM_ID, FreebitEmulator.OEM_KEY)
                .build()) {
      String account = f.phoneNumbers().get(0);
      assertThat(client.getTrafficInfo(FreebitAccount.of(account))).isNotNull();
      assertThat(client.asSimProvider().dailyUsage(SimRef.account(account))).isNotNull();
    }
  }

  @Test
  void m2mIportalXmlAnswersAreRead() {
    try (M2mIportalEmulator m = M2mIportalEmulator.builder().clock(clock).build().start();
        M2mIportalClient client =
            Clients.m2m(m.baseUrl(), clock)
                .username(M2mIportalEmulator.USERNAME)
                .password(M2mIportalEmulator.PASSWORD)
                .apiId(M2mIportalEmulator.API_ID)
                .build()) {
      Iccid iccid = Iccid.of(m.iccids().get(0));
      assertThat(client.queryStatus(iccid)).isNotNull();
      assertThat(client.queryUsage(iccid)).isNotNull();
      SimProvider view = client.asSimProvider();
      assertThat(view.contractTerm(SimRef.of(iccid))).isNotNull();
    }
  }

  @Test
  void anAnswerOfTooManyTokensIsStillRefused() {
    // 600,001 empty objects: within the byte limit, beyond Mappers.MAX_TOKENS.
    server.stubFor(
        post(urlPathEqualTo(Parser.TRAFFIC_PATH))
            .willReturn(
                okJson("{\"resultCode\":\"100\",\"junk\":[" + "{},".repeat(600_000) + "{}]}")));
    try (FreebitClient client = Clients.freebitWithKey(server.baseUrl(), clock).build()) {
      assertThatThrownBy(() -> client.getTrafficInfo(FreebitAccount.of("09012345678")))
          .isInstanceOf(MalformedResponseException.class);
    }
  }
}
