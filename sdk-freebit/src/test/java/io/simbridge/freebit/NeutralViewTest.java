package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.freebit.FreebitTests.TRAFFIC_PATH;
import static io.simbridge.freebit.FreebitTests.fixture;
import static io.simbridge.freebit.FreebitTests.json;
import static io.simbridge.freebit.FreebitTests.jsonField;
import static io.simbridge.freebit.FreebitTests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.Usage;
import io.simbridge.freebit.model.FreebitAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** freebit through the neutral API: usage now and daily usage, and nothing it cannot do. */
class NeutralViewTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final SimRef SIM = SimRef.account("09012345678");

  private FreebitClient client;
  private SimProvider view;

  @BeforeEach
  void setUp() {
    client = FreebitTests.builder(server, FreebitTests.clock()).authKey("AUTHKEY1").build();
    view = client.asSimProvider();
  }

  @AfterEach
  void tearDown() {
    view.close();
  }

  @Test
  void itDeclaresExactlyTodaysUsageAndDailyUsage() {
    assertThat(view.providerId()).isEqualTo("freebit");
    assertThat(view.capabilities())
        .containsExactlyInAnyOrder(Capability.USAGE_NOW, Capability.DAILY_USAGE);
    assertThat(view.supports(Capability.DAILY_USAGE)).isTrue();
    assertThat(view.supports(Capability.LIST_SIMS)).isFalse();
    assertThat(view.unwrap(FreebitClient.class)).isSameAs(client);
  }

  @Test
  void usageNowIsTodaysTrafficAndNothingMore() {
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));

    Usage usage = view.usageNow(SIM);

    assertThat(usage.today()).hasValue(DataVolume.ofBytes(102_400));
    assertThat(usage.thisMonth()).isEmpty();
    assertThat(usage.total()).isEmpty();
    assertThat(usage.remaining()).isEmpty();
    assertThat(usage.smsCount()).isEmpty();
    assertThat(usage.voiceMinutes()).isEmpty();
  }

  @Test
  void dailyUsageOfAJapaneseMsisdnAsksForTheNationalNumberAndShowsTheBlacklistFlag() {
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-mvno-account.json")));

    DailyUsage daily = view.dailyUsage(SimRef.msisdn("819012345678"));

    assertThat(daily.today()).isEqualTo(DataVolume.ofBytes(102_400));
    assertThat(daily.recentDays())
        .containsExactly(
            DataVolume.ofBytes(102_400), DataVolume.ofBytes(204_800), DataVolume.ofBytes(307_200));
    assertThat(daily.blacklisted()).hasValue(true);
    assertThat(daily.rawBlacklist()).hasValue("10");
    assertThat(jsonField(server.getAllServeEvents().get(0).getRequest()))
        .isEqualTo("{\"authKey\":\"AUTHKEY1\",\"account\":\"09012345678\"}");
  }

  @Test
  void aShareGroupHasNoRecentDays() {
    server.stubFor(post(TRAFFIC_PATH).willReturn(ok("PA05-01-response-share-group.json")));

    DailyUsage daily = view.dailyUsage(SimRef.account("AAA0_00000000001"));

    assertThat(daily.today()).isEqualTo(DataVolume.ofBytes(102_400));
    assertThat(daily.recentDays()).isEmpty();
  }

  @Test
  void anUndocumentedBlacklistValueIsUnknownButKeptRaw() {
    server.stubFor(
        post(TRAFFIC_PATH)
            .willReturn(
                json(
                    200,
                    fixture("PA05-01-response-mvno-account.json")
                        .replace("\"blackList\": \"10\"", "\"blackList\": \"15\""))));

    DailyUsage daily = view.dailyUsage(SIM);

    assertThat(daily.blacklisted()).isEmpty();
    assertThat(daily.rawBlacklist()).hasValue("15");
  }

  @Test
  void providerErrorsComeThroughTyped() {
    server.stubFor(
        post(TRAFFIC_PATH).willReturn(json(500, fixture("PA05-01-response-code-210.json"))));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> view.dailyUsage(SIM));

    assertThat(e.providerCode()).hasValue("210");
  }

  static Set<Capability> undeclared() {
    return EnumSet.complementOf(EnumSet.of(Capability.USAGE_NOW, Capability.DAILY_USAGE));
  }

  @ParameterizedTest
  @MethodSource("undeclared")
  void everyUndeclaredCapabilityIsRefusedWithoutARequest(Capability capability) {
    assertThat(view.supports(capability)).isFalse();
    Consumer<SimProvider> call = invocation(capability);

    UnsupportedCapabilityException e =
        catchThrowableOfType(UnsupportedCapabilityException.class, () -> call.accept(view));

    assertThat(e.capability()).isEqualTo(capability);
    assertThat(e).hasMessageContaining("freebit");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  /** The neutral method behind each capability (the switch is exhaustive: a new capability must be mapped). */
  private static Consumer<SimProvider> invocation(Capability c) {
    LocalDate day = LocalDate.of(2026, 1, 1);
    return switch (c) {
      case ACTIVATE -> p -> p.activate(SIM);
      case SUSPEND -> p -> p.suspend(SIM);
      case RESUME -> p -> p.resume(SIM);
      case DISCONNECT -> p -> p.disconnect(SIM);
      case RENAME -> p -> p.rename(SIM, "name");
      case TAG -> p -> p.tag(SIM, "tag");
      case SET_EXPIRY -> p -> p.setExpiry(SIM, day, false);
      case SET_DATA_LIMITS -> p -> p.setDataLimits(SIM, null);
      case TOP_UP -> p -> p.topUp(SIM, DataVolume.ZERO);
      case SEND_SMS -> p -> p.sendSms(SIM, "hello");
      case CHANGE_PLAN -> p -> p.changePlan(SIM, "plan");
      case SIM_STATE -> p -> p.state(SIM);
      case USAGE_NOW -> p -> p.usageNow(SIM);
      case DAILY_USAGE -> p -> p.dailyUsage(SIM);
      case LAST_MO_TRAFFIC -> p -> p.lastActivity(SIM);
      case CONTRACT_TERM -> p -> p.contractTerm(SIM);
      case USAGE_RECORDS -> p -> p.usageRecords(SIM, Instant.EPOCH, Instant.EPOCH);
      case LIST_SIMS -> p -> p.listSims(SimFilter.ALL);
      case CUSTOMER_TRAFFIC_REPORT -> p -> p.customerTraffic(day, day);
      case SUPPLIER_TRAFFIC_REPORT -> p -> p.supplierTraffic(day, day);
      case OVERALL_TRAFFIC_REPORT ->
          p -> p.overallTraffic(OffsetDateTime.MIN, OffsetDateTime.MAX, Set.of());
      case CREDIT_BALANCE -> SimProvider::creditBalance;
      case CREDIT_HISTORY -> p -> p.creditHistory(Instant.EPOCH, Instant.EPOCH);
    };
  }

  @Test
  void closingTheViewClosesTheClient() {
    view.close();

    assertThatThrownBy(() -> client.getTrafficInfo(FreebitAccount.of("09012345678")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
