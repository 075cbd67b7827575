package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: routing on its own ({@link SimRouter}); issue 21: the fleet's messages mask ICCIDs and
 * MSISDNs as the logs do, following the same setting.
 */
class SimRouterTest {
  private static final SimRef STRANGER =
      SimRef.of(Iccid.of("8939000000000001234"), Msisdn.of("819012345678"));

  @Test
  void aRouterWorksWithoutAFleetRegistryFirstThenRulesInOrder() {
    SimRef registered = SimRef.iccid("8944000000000000001");
    SimRouter router =
        SimRouter.builder()
            .register(registered, "beta")
            .route(RoutingRule.iccidPrefix("8944", "alpha"))
            .route(RoutingRule.iccidPrefix("89", "beta"))
            .build();

    assertThat(router.providerOf(registered)).isEqualTo("beta");
    assertThat(router.providerOf(SimRef.iccid("8944000000000000002"))).isEqualTo("alpha");
    assertThat(router.providerOf(SimRef.iccid("8939000000000000002"))).isEqualTo("beta");
    assertThat(router.rules()).extracting(RoutingRule::provider).containsExactly("alpha", "beta");
    assertThatThrownBy(() -> router.providerOf(SimRef.msisdn("819012345678")))
        .isInstanceOf(UnknownSimException.class);
  }

  @Test
  void anUnknownSimIsNamedMaskedLikeTheLogsAndWholeProgrammatically() {
    SimRouter router = SimRouter.builder().route(RoutingRule.iccidPrefix("8944", "alpha")).build();

    assertThatThrownBy(() -> router.providerOf(STRANGER))
        .isInstanceOfSatisfying(
            UnknownSimException.class, e -> assertThat(e.sim()).isEqualTo(STRANGER))
        .hasMessageContaining("ICCID …1234 is not registered")
        .hasMessageNotContaining("8939000000000001234");
  }

  @Test
  void maskingFollowsTheSettingOfTheSameNameAsTheClients() {
    SimRouter router = SimRouter.builder().maskSubscriberIdsInLogs(false).build();

    assertThatThrownBy(() -> router.providerOf(STRANGER))
        .isInstanceOf(UnknownSimException.class)
        .hasMessageContaining("ICCID 8939000000000001234 is not registered");
  }

  @Test
  void everyFleetMessageThatNamesASimMasksIt() {
    FakeProvider alpha = new FakeProvider("alpha", Capability.SIM_STATE, Capability.SUSPEND);
    SimRef sim = SimRef.iccid("8944000000000005678");
    SimFleet fleet =
        SimFleet.builder().provider(alpha).route(RoutingRule.iccidPrefix("8944", "alpha")).build();

    assertThatThrownBy(() -> fleet.suspend(List.of(sim, sim)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ICCID …5678 twice")
        .hasMessageNotContaining("8944000000000005678");
    assertThat(fleet.states(List.of(STRANGER)).results().get(0).error())
        .get()
        .satisfies(
            e ->
                assertThat(e)
                    .hasMessageContaining("…1234")
                    .hasMessageNotContaining("8939000000000001234"));
    assertThatThrownBy(
            () ->
                SimFleet.builder()
                    .provider(alpha)
                    .register(sim, "alpha")
                    .register(
                        SimRef.of(Iccid.of("8944000000000005678"), Msisdn.of("447000005678")),
                        "beta"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("8944000000000005678");
    assertThatThrownBy(() -> SimFleet.builder().provider(alpha).register(sim, "gamma").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("register(ICCID …5678)");

    SimFleet plain = SimFleet.builder().maskSubscriberIdsInLogs(false).provider(alpha).build();
    assertThatThrownBy(() -> plain.providerOf(sim))
        .hasMessageContaining("ICCID 8944000000000005678");
  }
}
