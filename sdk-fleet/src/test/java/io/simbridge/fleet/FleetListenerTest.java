package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.Capability;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.testing.LogCapture;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 17 "Fleet": progress and per-provider counts reach the fleet's listeners. */
class FleetListenerTest {
  @RegisterExtension final LogCapture logs = new LogCapture();

  private final FakeProvider alpha = new FakeProvider("alpha", Capability.SIM_STATE);
  private final FakeProvider beta = new FakeProvider("beta", Capability.SIM_STATE);
  private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

  private static SimRef sim(String prefix, int n) {
    return SimRef.of(Iccid.of(prefix + String.format("%015d", n)));
  }

  private final FleetListener recorder =
      new FleetListener() {
        @Override
        public void onProgress(String operation, int done, int total) {
          heard.add(operation + " " + done + "/" + total);
        }

        @Override
        public void onProviderProgress(String operation, String providerId, int done, int total) {
          heard.add(operation + " " + providerId + " " + done + "/" + total);
        }
      };

  @Test
  void everySimIsCountedOverallAndPerProviderAndAThrowingListenerChangesNothing() {
    List<SimRef> sims =
        Stream.concat(
                IntStream.range(0, 3).mapToObj(i -> sim("8944", i)),
                IntStream.range(0, 2).mapToObj(i -> sim("8939", i)))
            .toList();
    sims.subList(0, 3).forEach(s -> alpha.with(s, "active"));
    sims.subList(3, 5).forEach(s -> beta.with(s, "active"));
    List<SimRef> asked = new ArrayList<>(sims);
    asked.add(SimRef.msisdn("819000000000")); // routed nowhere: counted overall only
    SimFleet fleet =
        SimFleet.builder()
            .provider(alpha)
            .provider(beta)
            .route(RoutingRule.iccidPrefix("8944", "alpha"))
            .route(RoutingRule.iccidPrefix("8939", "beta"))
            .listener(
                new FleetListener() {
                  @Override
                  public void onProviderProgress(
                      String operation, String providerId, int done, int total) {
                    throw new IllegalStateException("dashboard down");
                  }
                })
            .listener(recorder)
            .build();

    FleetResult<SimResult<io.simbridge.core.model.SimStatus>> states = fleet.states(asked);

    assertThat(states.where(SimResult::isSuccess)).hasSize(5);
    assertThat(heard)
        .contains(
            "states 6/6",
            "states alpha 1/3",
            "states alpha 2/3",
            "states alpha 3/3",
            "states beta 1/2",
            "states beta 2/2");
    assertThat(heard).filteredOn(h -> h.matches("states \\d/6")).hasSize(6);
    assertThat(heard)
        .filteredOn(h -> h.startsWith("states alpha") || h.startsWith("states beta"))
        .hasSize(5);
    assertThat(logs.lines()).filteredOn(l -> l.contains("dashboard down")).hasSize(1);
  }
}
