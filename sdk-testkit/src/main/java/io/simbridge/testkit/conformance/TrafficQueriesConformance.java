package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimFilter;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.TrafficQueries}: extend it in a provider
 * module's tests and return a {@link ConformanceFixture} from {@code fixture()}. Besides the shared checks
 * (capabilities honest, undeclared operations refused without a request, errors typed), lists
 * must be lazy: nothing is fetched until a list is consumed.
 */
public abstract class TrafficQueriesConformance extends NeutralConformance {
  /** For subclasses. */
  protected TrafficQueriesConformance() {
    super(Capability.Area.TRAFFIC_QUERIES);
  }

  @Test
  void listsFetchNothingUntilConsumed() {
    SimProvider p = provider();
    if (p.supports(Capability.LIST_SIMS)) {
      assertLazy(p.listSims(SimFilter.ALL));
    }
    if (p.supports(Capability.USAGE_RECORDS)) {
      assertLazy(p.usageRecords(knownSim(), fixture().rangeStart(), fixture().rangeEnd()));
    }
  }
}
