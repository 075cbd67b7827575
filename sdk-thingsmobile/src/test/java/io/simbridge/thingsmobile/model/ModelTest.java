package io.simbridge.thingsmobile.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
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
  void everyDocumentedStatusIsRecognisedInItsGroup(String raw, SimStatusCode code, SimStatusGroup group) {
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
    assertThat(SimStatusGroup.values()).extracting(SimStatusGroup::wireValue)
        .containsExactly("to-activate", "active", "suspended", "deactivated");
  }

  @Test
  void aCdrQueryDropsDuplicateMsisdnsAndKeepsOrder() {
    CdrQuery q = CdrQuery.of(DateRange.UNBOUNDED, Msisdn.of("882360000000002"), Msisdn.of("882360000000001"),
        Msisdn.of("882360000000002"));
    assertThat(q.msisdnList()).extracting(Msisdn::value).containsExactly("882360000000002", "882360000000001");
  }

  @Test
  void aRangeMayBeOpenOrEmptyButNotReversed() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0);
    assertThat(DateRange.between(t, t).start()).contains(t);
    assertThat(DateRange.until(t).start()).isEmpty();
    assertThatThrownBy(() -> DateRange.between(t, t.minusSeconds(1))).isInstanceOf(InvalidInputException.class);
  }
}
