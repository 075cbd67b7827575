package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.ActivityKind;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.ContractType;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SuspensionCause;
import io.simbridge.core.model.Usage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The neutral view: exactly its capabilities, each through the provider client, and nothing else. */
class NeutralViewTest extends M2mTestSupport {
  private static final Set<Capability> SUPPORTED =
      EnumSet.of(
          Capability.SIM_STATE,
          Capability.USAGE_NOW,
          Capability.LAST_MO_TRAFFIC,
          Capability.CONTRACT_TERM,
          Capability.SUSPEND,
          Capability.RESUME,
          Capability.SEND_SMS);
  private static final SimRef SIM = SimRef.of(ICCID);

  private SimProvider provider;

  @BeforeEach
  void view() {
    provider = client.asSimProvider();
  }

  @Test
  void declaresExactlyItsCapabilities() {
    assertThat(provider.providerId()).isEqualTo("m2miportal");
    assertThat(provider.capabilities()).containsExactlyInAnyOrderElementsOf(SUPPORTED);
    for (Capability c : Capability.values()) {
      assertThat(provider.supports(c)).as(c.name()).isEqualTo(SUPPORTED.contains(c));
    }
  }

  @ParameterizedTest
  @CsvSource({"active, ACTIVE", "deactivated, SUSPENDED", "closed, DEACTIVATED"})
  void stateMapsTheProvidersStatus(String raw, SimState state) {
    answerFixture(
        "query_status", "m2miportal-more-operations/query_status-response-" + raw + ".xml");

    SimStatus status = provider.state(SIM);

    assertThat(status.state()).isEqualTo(state);
    assertThat(status.rawState()).isEqualTo(raw);
    assertThat(status.suspensionCause())
        .isEqualTo(
            state == SimState.SUSPENDED ? Optional.of(SuspensionCause.UNKNOWN) : Optional.empty());
  }

  @Test
  void anUnknownStatusIsUnknownWithItsRawValue() {
    answer("query_status", success("query_status", "<status>barred</status>"));

    assertThat(provider.state(SIM)).isEqualTo(SimStatus.of(SimState.UNKNOWN, "barred"));
  }

  @Test
  void usageNowIsThisMonthsUsage() {
    answerFixture("query_usage", "m2miportal-more-operations/query_usage-response.xml");

    assertThat(provider.usageNow(SIM))
        .isEqualTo(
            Usage.builder()
                .thisMonth(DataVolume.ofBytes(80_010_000))
                .smsCount(12)
                .voiceMinutes(3)
                .build());
  }

  @Test
  void usageNowLeavesUnavailableValuesEmpty() {
    answerFixture(
        "query_usage", "m2miportal-more-operations/query_usage-response-not-available.xml");

    Usage usage = provider.usageNow(SIM);
    assertThat(usage.thisMonth()).isEmpty();
    assertThat(usage.smsCount()).isEqualTo(OptionalLong.empty());
  }

  @Test
  void lastActivityIsTheLastMoTraffic() {
    answerFixture("query_last_mo_traffic", "m2miportal-query-last-mo-traffic/response-success.xml");

    assertThat(provider.lastActivity(SIM))
        .contains(
            new LastActivity(
                Optional.of(Instant.parse("2020-03-22T13:55:30Z")),
                Optional.of(ActivityKind.DATA),
                Optional.of("data"),
                Optional.of("vodafone"),
                Optional.of("united kingdom")));
  }

  /** query_last_mo_traffic behaviour notes: an empty traffic_type is an unknown kind, not a malformed answer. */
  @Test
  void lastActivityWithAnEmptyTrafficTypeHasNoKind() {
    answer(
        "query_last_mo_traffic",
        success(
            "query_last_mo_traffic",
            "<traffic_type/>"
                + "<timestamp>22/03/2020 13:55:30</timestamp><network>vodafone</network><country>united kingdom</country>"));

    LastActivity activity = provider.lastActivity(SIM).orElseThrow();
    assertThat(activity.kind()).isEmpty();
    assertThat(activity.rawKind()).isEmpty();
    assertThat(activity.time()).contains(Instant.parse("2020-03-22T13:55:30Z"));
    assertThat(activity.network()).contains("vodafone");
    assertThat(activity.country()).contains("united kingdom");
  }

  @Test
  void noTrafficHistoryIsNoLastActivity() {
    answerFixture(
        "query_last_mo_traffic",
        "m2miportal-query-last-mo-traffic/response-no-traffic-history.xml");

    assertThat(provider.lastActivity(SIM)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"sms, SMS", "voice, VOICE", "mms, OTHER"})
  void lastActivityKeepsTheKind(String raw, ActivityKind kind) {
    answer(
        "query_last_mo_traffic",
        success(
            "query_last_mo_traffic",
            "<traffic_type>" + raw + "</traffic_type><timestamp>22/03/2020 13:55:30</timestamp>"));

    LastActivity activity = provider.lastActivity(SIM).orElseThrow();
    assertThat(activity.kind()).contains(kind);
    assertThat(activity.rawKind()).contains(raw);
  }

  @Test
  void contractTermIsTheContract() {
    answerFixture("query_contract", "m2miportal-query-contract/response-success.xml");
    assertThat(provider.contractTerm(SIM))
        .contains(new ContractTerm(ContractType.MINIMUM_TERM, "1", 5));

    server.resetAll();
    answerFixture("query_contract", "m2miportal-query-contract/response-no-contract.xml");
    assertThat(provider.contractTerm(SIM)).isEmpty();
  }

  @Test
  void suspendAndResumeSetTheStatus() {
    answerFixture("set_status", "m2miportal-more-operations/set_status-response.xml");

    provider.suspend(SIM);
    assertThat(textOf(onlyRequest().getBodyAsString(), "status")).isEqualTo("de-activated");

    server.resetRequests();
    provider.resume(SIM);
    assertThat(textOf(onlyRequest().getBodyAsString(), "status")).isEqualTo("active");
  }

  @Test
  void sendSmsSendsTheText() {
    answerFixture("send_sms", "m2miportal-more-operations/send_sms-response.xml");

    provider.sendSms(SimRef.of(ICCID, Msisdn.of("447700900123")), "Hello {world}");

    String body = onlyRequest().getBodyAsString();
    assertThat(textOf(body, "message_text")).isEqualTo("Hello {world}");
    assertThat(textOf(body, "iccid")).isEqualTo(ICCID.value());
  }

  @Test
  void sendSmsChecksTheTextBeforeSending() {
    assertThatThrownBy(() -> provider.sendSms(SIM, "x".repeat(161)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("takes 161 GSM 7-bit characters");
    assertNothingSent();
  }

  @ParameterizedTest
  @EnumSource(
      value = Capability.class,
      names = {
        "SIM_STATE",
        "USAGE_NOW",
        "LAST_MO_TRAFFIC",
        "CONTRACT_TERM",
        "SUSPEND",
        "RESUME",
        "SEND_SMS"
      })
  void aSimWithoutIccidIsRefusedBeforeSending(Capability capability) {
    SimRef byMsisdn = SimRef.msisdn("447700900123");

    assertThatThrownBy(() -> call(capability).accept(byMsisdn))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Invalid sim: MSISDN 447700900123 has no ICCID; allowed: a SimRef with an ICCID: "
                + "M2M iPortal names SIMs by ICCID only");
    assertNothingSent();
  }

  @ParameterizedTest
  @EnumSource(
      value = Capability.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {
        "SIM_STATE",
        "USAGE_NOW",
        "LAST_MO_TRAFFIC",
        "CONTRACT_TERM",
        "SUSPEND",
        "RESUME",
        "SEND_SMS"
      })
  void everyOtherCapabilityIsRefusedWithoutARequest(Capability capability) {
    assertThatThrownBy(() -> call(capability).accept(SIM))
        .isInstanceOfSatisfying(
            UnsupportedCapabilityException.class,
            e -> {
              assertThat(e.capability()).isEqualTo(capability);
              assertThat(e.provider()).isEqualTo("m2miportal");
            });
    assertNothingSent();
  }

  @Test
  void theViewIsOnePerClient() {
    assertThat(client.asSimProvider()).isSameAs(provider);
  }

  @Test
  void unwrapsToTheClientAndClosingTheViewClosesIt() {
    assertThat(provider.unwrap(M2mIportalClient.class)).isSameAs(client);

    provider.close();

    assertThatThrownBy(() -> client.queryStatus(ICCID)).isInstanceOf(IllegalStateException.class);
    assertNothingSent();
  }

  /** The neutral call behind each capability. */
  private Consumer<SimRef> call(Capability capability) {
    LocalDate day = LocalDate.of(2026, 3, 1);
    DataLimit limit = new DataLimit(DataVolume.ofBytes(1_000_000), true);
    return switch (capability) {
      case ACTIVATE -> provider::activate;
      case SUSPEND -> provider::suspend;
      case RESUME -> provider::resume;
      case DISCONNECT -> provider::disconnect;
      case RENAME -> sim -> provider.rename(sim, "name");
      case TAG -> sim -> provider.tag(sim, "tag");
      case SET_EXPIRY -> sim -> provider.setExpiry(sim, day, true);
      case SET_DATA_LIMITS ->
          sim -> provider.setDataLimits(sim, new DataLimits(limit, limit, limit));
      case TOP_UP -> sim -> provider.topUp(sim, DataVolume.ofBytes(1_000_000));
      case SEND_SMS -> sim -> provider.sendSms(sim, "PING");
      case CHANGE_PLAN -> sim -> provider.changePlan(sim, "plan");
      case SIM_STATE -> provider::state;
      case USAGE_NOW -> provider::usageNow;
      case DAILY_USAGE -> provider::dailyUsage;
      case LAST_MO_TRAFFIC -> provider::lastActivity;
      case CONTRACT_TERM -> provider::contractTerm;
      case USAGE_RECORDS -> sim -> provider.usageRecords(sim, Instant.EPOCH, Instant.EPOCH);
      case LIST_SIMS -> sim -> provider.listSims(SimFilter.ALL);
      case CUSTOMER_TRAFFIC_REPORT -> sim -> provider.customerTraffic(day, day);
      case SUPPLIER_TRAFFIC_REPORT -> sim -> provider.supplierTraffic(day, day);
      case OVERALL_TRAFFIC_REPORT ->
          sim -> provider.overallTraffic(OffsetDateTime.MIN, OffsetDateTime.MIN, Set.of());
      case CREDIT_BALANCE -> sim -> provider.creditBalance();
      case CREDIT_HISTORY -> sim -> provider.creditHistory(Instant.EPOCH, Instant.EPOCH);
    };
  }
}
