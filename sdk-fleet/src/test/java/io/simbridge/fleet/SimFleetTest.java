package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimFleetTest {
  private static SimRef iccid(String prefix, int n) {
    return SimRef.of(Iccid.of(prefix + String.format("%0" + (19 - prefix.length()) + "d", n)));
  }

  private final FakeProvider alpha =
      new FakeProvider("alpha", Capability.SIM_STATE, Capability.SUSPEND);
  private final FakeProvider beta =
      new FakeProvider("beta", Capability.SIM_STATE, Capability.SUSPEND, Capability.LIST_SIMS);

  @Nested
  class Routing {
    @Test
    void theRegistryComesBeforeRulesAndRulesApplyInOrder() {
      SimRef registered = iccid("8944", 1);
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .provider(beta)
              .register(registered, "beta")
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .route(RoutingRule.iccidPrefix("89", "beta"))
              .route(RoutingRule.msisdnPrefixRange("4470", "4479", "alpha"))
              .build();

      assertThat(fleet.providerOf(registered)).isEqualTo("beta");
      assertThat(fleet.providerOf(iccid("8944", 2))).isEqualTo("alpha");
      assertThat(fleet.providerOf(iccid("8939", 2))).isEqualTo("beta");
      assertThat(fleet.providerOf(SimRef.msisdn("447937557899"))).isEqualTo("alpha");
    }

    @Test
    void aPrefixRangeIsInclusiveAndComparesTheLeadingDigits() {
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefixRange("894430", "894439", "alpha"))
              .build();

      assertThat(fleet.providerOf(iccid("894430", 5))).isEqualTo("alpha");
      assertThat(fleet.providerOf(iccid("894439", 5))).isEqualTo("alpha");
      assertThatThrownBy(() -> fleet.providerOf(iccid("894440", 5)))
          .isInstanceOf(UnknownSimException.class);
    }

    @Test
    void anUnknownSimIsAnErrorNamingItNeverAGuess() {
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();
      SimRef stranger = SimRef.msisdn("819012345678");

      assertThatThrownBy(() -> fleet.providerOf(stranger))
          .isInstanceOfSatisfying(
              UnknownSimException.class, e -> assertThat(e.sim()).isEqualTo(stranger))
          .hasMessage(
              "Invalid sim: MSISDN …5678 is not registered and matches no routing rule; allowed: a SIM"
                  + " registered with register(...) or matching a rule (iccid 8944* -> alpha)");
    }

    @Test
    void aSimRegisteredWithTwoProvidersIsRefused() {
      SimRef both = SimRef.of(Iccid.of("8944000000000000001"), Msisdn.of("447000000001"));

      assertThatThrownBy(
              () ->
                  SimFleet.builder()
                      .provider(alpha)
                      .provider(beta)
                      .register(SimRef.msisdn("447000000001"), "alpha")
                      .register(both, "beta"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("registered with both alpha and beta");
    }

    @Test
    void rulesAndEntriesMustNameAProviderOfTheFleet() {
      assertThatThrownBy(
              () ->
                  SimFleet.builder()
                      .provider(alpha)
                      .route(RoutingRule.iccidPrefix("89", "gamma"))
                      .build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'gamma' in route(iccid 89* -> gamma)");
      assertThatThrownBy(() -> RoutingRule.iccidPrefixRange("8949", "8940", "alpha"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("ends before it starts");
    }
  }

  @Nested
  class Reads {
    @Test
    void oneProviderFailingNeverLosesTheOthersAnswers() {
      List<SimRef> sims = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        SimRef a = iccid("8944", i);
        SimRef b = iccid("8939", i);
        alpha.with(a, "active");
        beta.with(b, "suspended");
        sims.add(a);
        sims.add(b);
      }
      sims.add(iccid("8944", 99)); // unknown to alpha
      sims.add(SimRef.msisdn("819000000000")); // unroutable
      beta.behaviour =
          s -> {
            throw new ServiceUnavailableException(
                new ErrorDetails("beta", "state", 503, null, null), null, null);
          };
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .provider(beta)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .route(RoutingRule.iccidPrefix("8939", "beta"))
              .build();

      FleetResult<SimResult<SimStatus>> states = fleet.states(sims);

      assertThat(states.size()).isEqualTo(22);
      for (int i = 0; i < 20; i += 2) {
        assertThat(states.results().get(i).orElseThrow().state()).isEqualTo(SimState.ACTIVE);
        assertThat(states.results().get(i).sim()).isEqualTo(sims.get(i));
        assertThat(states.results().get(i + 1).error())
            .get()
            .isInstanceOf(ServiceUnavailableException.class);
      }
      assertThat(states.results().get(20).error()).get().isInstanceOf(NotFoundException.class);
      assertThat(states.results().get(21).error()).get().isInstanceOf(UnknownSimException.class);
      assertThat(states.results().get(21).provider()).isEmpty();
      assertThat(states.countBy(r -> r.isSuccess()))
          .containsEntry(true, 10L)
          .containsEntry(false, 12L);
    }

    @Test
    void readsRunConcurrentlyUpToTheProvidersBound() throws InterruptedException {
      CountDownLatch threeAtOnce = new CountDownLatch(3);
      List<SimRef> sims = IntStream.range(0, 12).mapToObj(i -> iccid("8944", i)).toList();
      sims.forEach(s -> alpha.with(s, "active"));
      alpha.behaviour =
          s -> {
            threeAtOnce.countDown();
            try {
              // Each call waits until three are in flight: with a bound of 3, the fleet must get
              // there.
              assertThat(threeAtOnce.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha, new ProviderLimits(3, 1))
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();

      FleetResult<SimResult<SimStatus>> states = fleet.states(sims);

      assertThat(states.where(SimResult::isSuccess)).hasSize(12);
      assertThat(alpha.maxInFlight).hasValue(3);
    }

    @Test
    void manySimsOfAListingProviderAreReadFromItsListNotOneByOne() {
      List<SimRef> sims = IntStream.range(0, 25).mapToObj(i -> iccid("8939", i)).toList();
      sims.forEach(s -> beta.with(s, "active"));
      List<SimRef> asked = new ArrayList<>(sims.subList(0, 20));
      asked.add(
          iccid("8939", 500)); // not in the list: read on its own, so it fails with its own error
      SimFleet fleet =
          SimFleet.builder()
              .provider(beta)
              .route(RoutingRule.iccidPrefix("8939", "beta"))
              .listThreshold(10)
              .build();

      FleetResult<SimResult<SimStatus>> states = fleet.states(asked);

      assertThat(states.where(SimResult::isSuccess)).hasSize(20);
      assertThat(states.results().get(20).error()).get().isInstanceOf(NotFoundException.class);
      assertThat(beta.calls).as("per-SIM state calls").hasValue(1);
      assertThat(beta.listCalls).as("pages listed").hasValue(3);
    }

    @Test
    void progressCountsEverySimOnceUpToTheTotal() {
      List<SimRef> sims = IntStream.range(0, 7).mapToObj(i -> iccid("8944", i)).toList();
      sims.subList(0, 5).forEach(s -> alpha.with(s, "active"));
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();

      fleet.states(
          sims,
          (done, total) -> {
            assertThat(total).isEqualTo(7);
            seen.add(done);
          });

      assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aCapabilityTheProviderLacksIsThatSimsTypedError() {
      SimRef sim = iccid("8944", 1);
      alpha.with(sim, "active");
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();

      assertThat(fleet.usageNow(List.of(sim)).results().get(0).error())
          .get()
          .isInstanceOf(UnsupportedCapabilityException.class);
      assertThat(alpha.calls).hasValue(0);
    }

    @Test
    void everyProviderThatSupportsACapabilityIsAsked() {
      SimFleet fleet = SimFleet.builder().provider(alpha).provider(beta).build();

      var answers =
          fleet.acrossProviders(Capability.LIST_SIMS, p -> p.providerId().toUpperCase(Locale.ROOT));

      assertThat(answers).containsOnlyKeys("beta");
      assertThat(answers.get("beta").orElseThrow()).isEqualTo("BETA");
    }
  }

  @Nested
  class Writes {
    @Test
    void writesRunOneAtATimePerProviderAndReportEachOutcome() {
      List<SimRef> sims = IntStream.range(0, 8).mapToObj(i -> iccid("8944", i)).toList();
      sims.forEach(s -> alpha.with(s, "active"));
      alpha.behaviour =
          s -> {
            if (s.equals(sims.get(3))) {
              throw new AmbiguousOutcomeException(
                  new ErrorDetails("alpha", "blockSim", 0, null, null),
                  new TransportException(
                      ErrorDetails.of("alpha", "blockSim"),
                      true,
                      new java.net.SocketTimeoutException()));
            }
            if (s.equals(sims.get(5))) {
              throw new NotFoundException(
                  new ErrorDetails("alpha", "blockSim", 200, "40", "sim not found"));
            }
          };
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();

      FleetResult<WriteOutcome> outcomes = fleet.suspend(sims);

      assertThat(outcomes.results())
          .extracting(WriteOutcome::status)
          .containsExactly(
              WriteOutcome.Status.DONE,
              WriteOutcome.Status.DONE,
              WriteOutcome.Status.DONE,
              WriteOutcome.Status.AMBIGUOUS,
              WriteOutcome.Status.DONE,
              WriteOutcome.Status.FAILED,
              WriteOutcome.Status.DONE,
              WriteOutcome.Status.DONE);
      assertThat(alpha.maxInFlight).hasValue(1);
      // The ambiguous write was attempted once and never repeated.
      assertThat(alpha.calls).hasValue(8);
    }

    @Test
    void aSimNamedTwiceIsRefusedBeforeAnyWrite() {
      SimRef sim = iccid("8944", 1);
      alpha.with(sim, "active");
      SimFleet fleet =
          SimFleet.builder()
              .provider(alpha)
              .route(RoutingRule.iccidPrefix("8944", "alpha"))
              .build();

      assertThatThrownBy(() -> fleet.suspend(List.of(sim, sim)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("twice");
      assertThat(alpha.calls).hasValue(0);
    }
  }

  @Test
  void closingTheFleetClosesEveryProvider() {
    SimFleet.builder().provider(alpha).provider(beta).build().close();

    assertThat(alpha.closed).isTrue();
    assertThat(beta.closed).isTrue();
  }
}
