package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimFilter;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.TrafficQueries}: implement it in a provider
 * module's test class (with the other suites, see {@link NeutralConformance}) and return a
 * {@link ConformanceFixture} from {@code fixture()}. Besides the shared checks (capabilities
 * honest, undeclared operations refused without a request, errors typed), lists must be lazy:
 * nothing is fetched until a list is consumed.
 */
public interface TrafficQueriesConformance extends NeutralConformance {

  /** Each traffic query the view declares works against the emulator. */
  @Test
  default void trafficQueriesDeclaredWorkAgainstTheEmulator() {
    AreaChecks.declaredCapabilitiesWork(fixture(), Capability.Area.TRAFFIC_QUERIES);
  }

  /** Each traffic query the view does not declare is refused, and nothing is sent. */
  @Test
  default void trafficQueriesUndeclaredAreRefusedWithoutARequest() {
    AreaChecks.undeclaredCapabilitiesAreRefusedWithoutARequest(
        fixture(), Capability.Area.TRAFFIC_QUERIES);
  }

  /** A traffic query with wrong credentials is an authentication error. */
  @Test
  default void trafficQueriesWithWrongCredentialsAreAnAuthenticationError() {
    AreaChecks.wrongCredentialsAreAnAuthenticationError(fixture(), Capability.Area.TRAFFIC_QUERIES);
  }

  /** A traffic query on an unknown SIM is a not-found error naming the provider and operation. */
  @Test
  default void trafficQueriesOnAnUnknownSimAreANotFoundError() {
    AreaChecks.anUnknownSimIsANotFoundErrorNamingTheProvider(
        fixture(), Capability.Area.TRAFFIC_QUERIES);
  }

  /** Lists fetch nothing until consumed. */
  @Test
  default void listsFetchNothingUntilConsumed() {
    ConformanceFixture f = fixture();
    SimProvider p = f.provider();
    if (p.supports(Capability.LIST_SIMS)) {
      AreaChecks.assertLazy(f.emulator(), p.listSims(SimFilter.ALL));
    }
    if (p.supports(Capability.USAGE_RECORDS)) {
      AreaChecks.assertLazy(
          f.emulator(), p.usageRecords(f.knownSim(), f.rangeStart(), f.rangeEnd()));
    }
  }
}
