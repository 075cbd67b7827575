package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.simbridge.thingsmobile.Tm.fixture;
import static io.simbridge.thingsmobile.Tm.urlEncodedFields;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.CreditHistoryRow;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.ResultCapExceededException;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.SimStatusGroup;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented call limits, kept by the core limiter on a manual clock (so the waits are
 * recorded, never slept), the "too many requests" answer, and the lazy lists over every
 * paginated operation.
 */
class CallLimitsAndPagingTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.msisdn("882360001975037");
  private static final String TOO_MANY =
      "<result><done>false</done><errorCode>60</errorCode><errorMessage>too many requests</errorMessage></result>";

  private final ManualClock clock = new ManualClock(Tm.START);

  /** When each request left the client, on the manual clock. */
  private final List<Instant> sentAt = new CopyOnWriteArrayList<>();

  private OkHttpClient http;
  private ThingsMobileClient client;

  @BeforeEach
  void setUp() {
    http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  sentAt.add(clock.instant());
                  return chain.proceed(chain.request());
                })
            .build();
    client = Tm.client(server, clock).httpClient(http).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Instant at(long seconds) {
    return Tm.START.plusSeconds(seconds);
  }

  // ---- call limits ----

  @Test
  void aSecondSimStatusOneSecondLaterWaitsFourSecondsAndIsNotSentEarly() {
    Tm.stub(server, "simStatus", "4.5-sim-status-ok.xml");

    client.simStatus(SIM);
    clock.advance(Duration.ofSeconds(1));
    client.simStatus(SIM);

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(4));
    assertThat(sentAt).containsExactly(at(0), at(5));
  }

  @Test
  void everyDocumentedIntervalIsKeptPerOperation() {
    server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
    Tm.stub(server, "simListLite", "4.6-sim-list-lite-ok.xml");
    Tm.stub(server, "credit", "4.7-credit-ok.xml");
    Tm.stub(server, "getCdrPaginated", "4.19-cdr-paginated-ok.xml");
    CdrQuery cdrs = CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of("882360001975037"));

    // Each operation twice in a row: the second call of each waits its own interval.
    client.sendSms(SIM, "a");
    client.sendSms(SIM, "b");
    client.credit();
    client.credit();
    client.getCdrPaginated(cdrs, 1, 10);
    client.getCdrPaginated(cdrs, 1, 10);
    client.simListLite(SimListQuery.ALL, 1, 10);
    client.simListLite(SimListQuery.ALL, 1, 10);
    client.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236"));
    client.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236"));
    // Undocumented: no limit.
    client.blockSim(SIM);
    client.blockSim(SIM);

    Duration five = Duration.ofSeconds(5);
    assertThat(clock.sleeps()).containsExactly(five, five, five, Duration.ofSeconds(1), five);
  }

  @Test
  void failFastRefusesTheEarlyCallWithoutSendingIt() {
    client.close();
    client = Tm.client(server, clock).callLimitMode(CallLimitMode.FAIL_FAST).build();
    Tm.stub(server, "simStatus", "4.5-sim-status-ok.xml");

    client.simStatus(SIM);
    clock.advance(Duration.ofSeconds(2));
    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.simStatus(SIM));

    assertThat(e.isClientSide()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aUserIntervalOverridesTheDocumentedOne() {
    client.close();
    client =
        Tm.client(server, clock)
            .callInterval(ThingsMobileOperation.SIM_STATUS, Duration.ofSeconds(10))
            .build();
    Tm.stub(server, "simStatus", "4.5-sim-status-ok.xml");

    client.simStatus(SIM);
    clock.advance(Duration.ofSeconds(1));
    client.simStatus(SIM);

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void tooManyRequestsOnAReadWaitsTheIntervalAndTriesAgain() {
    server.stubFor(
        post(urlPathEqualTo("/simStatus"))
            .inScenario("60")
            .whenScenarioStateIs(STARTED)
            .willReturn(xml(TOO_MANY))
            .willSetStateTo("calm"));
    server.stubFor(
        post(urlPathEqualTo("/simStatus"))
            .inScenario("60")
            .whenScenarioStateIs("calm")
            .willReturn(xml(fixture("4.5-sim-status-ok.xml"))));

    assertThat(client.simStatus(SIM).msisdn()).isEqualTo(Msisdn.of("447937557899"));

    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(5));
    assertThat(sentAt).containsExactly(at(0), at(5));
  }

  @Test
  void tooManyRequestsOnAReadGivesUpAfterTheRetryBudget() {
    server.stubFor(post(anyUrl()).willReturn(xml(TOO_MANY)));

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.credit());

    assertThat(e.isClientSide()).isFalse();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(sentAt).as("3 attempts, 5 s apart").containsExactly(at(0), at(5), at(10));
  }

  @Test
  void tooManyRequestsOnAWriteIsNotRetried() {
    server.stubFor(post(anyUrl()).willReturn(xml(TOO_MANY)));
    assertThatThrownBy(() -> client.sendSms(SIM, "hi")).isInstanceOf(RateLimitedException.class);
    assertThat(sentAt).hasSize(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  // ---- simListLite paging ----

  private static String simPage(int count, int first) {
    String sims =
        IntStream.range(first, first + count)
            .mapToObj(
                i ->
                    "<sim><msisdn>8823600"
                        + (10_000_000 + i)
                        + "</msisdn><iccid>89445013121"
                        + (10_000_000 + i)
                        + "</iccid><status>active</status></sim>")
            .collect(Collectors.joining());
    return "<result><done>true</done><sims>" + sims + "</sims></result>";
  }

  private static void simPageStub(int page, String body) {
    server.stubFor(
        post(urlPathEqualTo("/simListLite"))
            .withFormParam("page", equalTo(String.valueOf(page)))
            .willReturn(xml(body)));
  }

  @Test
  void allSimsWalksThreePagesOneSecondApart() {
    simPageStub(1, simPage(500, 0));
    simPageStub(2, simPage(500, 500));
    simPageStub(3, simPage(3, 1000));

    PagedIterable<SimListItem> sims =
        client.allSims(SimListQuery.ALL.withStatus(SimStatusGroup.ACTIVE));
    assertThat(server.getAllServeEvents()).as("lazy: nothing fetched yet").isEmpty();
    List<String> msisdns = sims.stream().map(s -> s.msisdn().value()).toList();

    assertThat(msisdns)
        .hasSize(1003)
        .doesNotHaveDuplicates()
        .startsWith("882360010000000")
        .endsWith("882360010001002");
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo("/simListLite")));
    assertThat(requests)
        .extracting(r -> urlEncodedFields(r).subList(2, 5))
        .containsExactly(
            List.of("status=active", "page=1", "pageSize=500"),
            List.of("status=active", "page=2", "pageSize=500"),
            List.of("status=active", "page=3", "pageSize=500"));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void allSimsFetchesOnlyWhatIsConsumed() {
    simPageStub(1, simPage(500, 0));
    simPageStub(2, simPage(500, 500));

    assertThat(client.allSims(SimListQuery.ALL).stream().limit(10).count()).isEqualTo(10);
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void anExactlyFullLastPageEndsWithAnEmptyOne() {
    simPageStub(1, simPage(500, 0));
    simPageStub(2, "<result><done>true</done><sims/></result>");
    assertThat(client.allSims(SimListQuery.ALL).stream().count()).isEqualTo(500);
    assertThat(server.getAllServeEvents()).hasSize(2);
  }

  // ---- getCdrPaginated paging and its 10,000-CDR cap ----

  private static String cdrPage(int count) {
    String cdr =
        "<cdrPaginated><cdrDateStart>2020-10-05 19:11:48</cdrDateStart><cdrDateStop>2020-10-05 19:21:48"
            + "</cdrDateStop><cdrMsisdn>882360001975037</cdrMsisdn><cdrTraffic>1000</cdrTraffic></cdrPaginated>";
    return "<result><cdrsPaginated>"
        + cdr.repeat(count)
        + "</cdrsPaginated><done>true</done></result>";
  }

  private static final CdrQuery OCTOBER =
      CdrQuery.of(
          DateRange.between(
              LocalDateTime.of(2020, 10, 1, 0, 0), LocalDateTime.of(2020, 10, 31, 23, 59, 59)),
          Msisdn.of("882360001975037"));

  @Test
  void allCdrsWalksThePagesFiveSecondsApart() {
    server.stubFor(
        post(urlPathEqualTo("/getCdrPaginated"))
            .withFormParam("page", equalTo("1"))
            .willReturn(xml(cdrPage(500))));
    server.stubFor(
        post(urlPathEqualTo("/getCdrPaginated"))
            .withFormParam("page", equalTo("2"))
            .willReturn(xml(cdrPage(1))));

    assertThat(client.allCdrs(OCTOBER).stream().count()).isEqualTo(501);
    assertThat(sentAt).containsExactly(at(0), at(5));
  }

  @Test
  void allCdrsStopsAtTheCapAskingForANarrowerRange() {
    server.stubFor(post(urlPathEqualTo("/getCdrPaginated")).willReturn(xml(cdrPage(500))));
    List<Cdr> seen = new ArrayList<>();

    ResultCapExceededException e =
        catchThrowableOfType(
            ResultCapExceededException.class, () -> client.allCdrs(OCTOBER).forEach(seen::add));

    assertThat(seen).hasSize(10_000);
    assertThat(server.getAllServeEvents()).as("page 21 is never asked for").hasSize(20);
    assertThat(e.cap()).isEqualTo(10_000);
    assertThat(e.operation()).isEqualTo("getCdrPaginated");
    assertThat(e.getMessage()).contains("at most 10000 CDRs").contains("narrow the date range");
    assertThat(clock.totalSlept()).isEqualTo(Duration.ofSeconds(19 * 5));
  }

  @Test
  void theProvidersOwnCapErrorReadsTheSame() {
    server.stubFor(
        post(urlPathEqualTo("/getCdrPaginated"))
            .willReturn(
                xml(
                    "<result><done>false</done><errorCode>80</errorCode><message>cdrs error: limit exceeded</message></result>")));

    ResultCapExceededException e =
        catchThrowableOfType(
            ResultCapExceededException.class, () -> client.allCdrs(OCTOBER).stream().findFirst());

    assertThat(e)
        .hasCauseInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("narrow the date range");
    assertThat(e.providerCode()).contains("80");
    assertThat(e.providerMessage()).contains("cdrs error: limit exceeded");
  }

  // ---- credit history paging and its 5,000-row cap ----

  private static String creditPage(int rows) {
    String row =
        "<historyRow><amount>-1.00</amount><dateLoad>2017-06-30 15:22:00</dateLoad>"
            + "<opDescription>Sim recharge</opDescription></historyRow>";
    return "<result><done>true</done><amount>9.00</amount><currency>EUR</currency><creditHistory>"
        + row.repeat(rows)
        + "</creditHistory></result>";
  }

  @Test
  void creditHistoryAsksForTheLargestPages() {
    server.stubFor(post(urlPathEqualTo("/credit")).willReturn(xml(creditPage(3))));

    List<CreditHistoryRow> rows =
        client.creditHistory(DateRange.from(LocalDateTime.of(2017, 1, 1, 0, 0))).stream().toList();

    assertThat(rows).hasSize(3);
    assertThat(urlEncodedFields(server.getAllServeEvents().get(0).getRequest()))
        .containsExactlyElementsOf(
            Tm.withCredentials("startDateRange=2017-01-01 00:00:00", "page=1", "pageSize=5000"));
  }

  @Test
  void creditHistoryStopsAtItsCap() {
    server.stubFor(post(urlPathEqualTo("/credit")).willReturn(xml(creditPage(5000))));
    PagedIterable<CreditHistoryRow> rows = client.creditHistory(DateRange.UNBOUNDED);

    ResultCapExceededException e =
        catchThrowableOfType(ResultCapExceededException.class, () -> rows.forEach(r -> {}));

    assertThat(e.cap()).isEqualTo(5000);
    assertThat(e.getMessage()).contains("at most 5000 credit history rows");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void creditHistoryReportsTheProvidersCapError() {
    server.stubFor(
        post(urlPathEqualTo("/credit"))
            .willReturn(
                xml(
                    "<result><done>false</done><errorCode>90"
                        + "</errorCode><errorMessage>credit history error: too many operations</errorMessage></result>")));
    assertThatThrownBy(() -> client.creditHistory(DateRange.UNBOUNDED).iterator().hasNext())
        .isInstanceOf(ResultCapExceededException.class)
        .hasMessageContaining("narrow the date range");
  }
}
