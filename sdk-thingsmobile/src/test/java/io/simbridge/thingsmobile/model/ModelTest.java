package io.simbridge.thingsmobile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public request and answer records. */
class ModelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // Every status the simListLite section lists, in its groups.
    "not-active, NOT_ACTIVE, TO_ACTIVATE",
    "active, ACTIVE, ACTIVE",
    "active-waiting-initial-recharge, ACTIVE_WAITING_INITIAL_RECHARGE, ACTIVE",
    "suspended, SUSPENDED, SUSPENDED",
    "replaced, REPLACED, SUSPENDED",
    "deleted, DELETED, SUSPENDED",
    "suspended-for-data, SUSPENDED_FOR_DATA, SUSPENDED",
    "suspended-for-traffic, SUSPENDED_FOR_TRAFFIC, SUSPENDED",
    "suspended-for-no-cash, SUSPENDED_FOR_NO_CASH, SUSPENDED",
    "suspended-for-country-disabled, SUSPENDED_FOR_COUNTRY_DISABLED, SUSPENDED",
    "waiting-activation-fixed-ip, WAITING_ACTIVATION_FIXED_IP, SUSPENDED",
    "suspended-for-traffic-limit-in-country, SUSPENDED_FOR_TRAFFIC_LIMIT_IN_COUNTRY, SUSPENDED",
    "operation-in-progress, OPERATION_IN_PROGRESS, SUSPENDED",
    "error-during-request, ERROR_DURING_REQUEST, SUSPENDED",
    "pending-monthly-network-access-charge, PENDING_MONTHLY_NETWORK_ACCESS_CHARGE, SUSPENDED",
    "deactivated, DEACTIVATED, DEACTIVATED",
    // simStatus's spelling, and tolerated variants.
    "not active, NOT_ACTIVE, TO_ACTIVATE",
    "' Not_Active ', NOT_ACTIVE, TO_ACTIVATE",
  })
  void everyDocumentedStatusIsRecognisedInItsGroup(
      String raw, SimStatusCode code, SimStatusGroup group) {
    SimStatusValue value = SimStatusValue.of(raw);
    assertThat(value.raw()).isEqualTo(raw);
    assertThat(value.code()).isEqualTo(code);
    assertThat(value.group()).contains(group);
  }

  @Test
  void anUndocumentedStatusIsKeptNotRefused() {
    SimStatusValue value = SimStatusValue.of("suspended-for-maintenance");
    assertThat(value.code()).isEqualTo(SimStatusCode.UNRECOGNISED);
    assertThat(value.group()).isEmpty();
    assertThat(value).hasToString("suspended-for-maintenance");
  }

  @Test
  void everyCodeButUnrecognisedHasItsWireValueAndGroup() {
    for (SimStatusCode c : SimStatusCode.values()) {
      if (c != SimStatusCode.UNRECOGNISED) {
        assertThat(SimStatusCode.fromWire(c.wireValue().orElseThrow())).isEqualTo(c);
        assertThat(c.group()).isPresent();
      }
    }
  }

  @Test
  void statusGroupsUseTheDocumentedFilterValues() {
    assertThat(SimStatusGroup.values())
        .extracting(SimStatusGroup::wireValue)
        .containsExactly("to-activate", "active", "suspended", "deactivated");
  }

  @Test
  void aCdrQueryDropsDuplicateMsisdnsAndKeepsOrder() {
    CdrQuery q =
        CdrQuery.of(
            DateRange.UNBOUNDED,
            Msisdn.of("882360000000002"),
            Msisdn.of("882360000000001"),
            Msisdn.of("882360000000002"));
    assertThat(q.msisdnList())
        .extracting(Msisdn::value)
        .containsExactly("882360000000002", "882360000000001");
  }

  @Test
  void aRangeMayBeOpenOrEmptyButNotReversed() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
    assertThat(DateRange.between(t, t).start()).contains(t);
    assertThat(DateRange.until(t).start()).isEmpty();
    assertThatThrownBy(() -> DateRange.between(t, t.minusSeconds(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  /** Issue 21, "Output people read": no Optional[...] wrappers, no empty fields, CDRs counted. */
  @Test
  void simInfoPrintsPlainValuesAndCountsItsCdrs() {
    LocalDateTime at = LocalDateTime.of(2026, 12, 1, 10, 0);
    Cdr cdr =
        new Cdr(
            Optional.empty(),
            Optional.of("222010000000001"),
            at,
            at.plusMinutes(5),
            Optional.of("Zone 1"),
            Optional.of("ESP"),
            Optional.empty(),
            DataVolume.ofBytes(512));
    Optional<DataVolume> none = Optional.empty();
    SimInfo info =
        new SimInfo(
            Msisdn.of("882360000000001"),
            Iccid.of("8923000000000000001"),
            SimStatusValue.of("active"),
            Optional.of("sim-00001"),
            Optional.empty(),
            Optional.of("default"),
            Optional.empty(),
            Optional.of(at),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(DataVolume.ofBytes(1024)),
            none,
            none,
            none,
            none,
            OptionalLong.empty(),
            Optional.empty(),
            none,
            OptionalLong.empty(),
            Optional.empty(),
            none,
            OptionalLong.empty(),
            Optional.empty(),
            Collections.nCopies(25, cdr));

    assertThat(info)
        .hasToString(
            "SimInfo[msisdn=882360000000001, iccid=8923000000000000001, status=active,"
                + " name=sim-00001, plan=default, activationDate=2026-12-01T10:00, balance=1024 B, cdrs=25 items]");
    assertThat(cdr)
        .hasToString(
            "Cdr[imsi=222010000000001, dateStart=2026-12-01T10:00,"
                + " dateStop=2026-12-01T10:05, network=Zone 1, country=ESP, traffic=512 B]");
  }
}
