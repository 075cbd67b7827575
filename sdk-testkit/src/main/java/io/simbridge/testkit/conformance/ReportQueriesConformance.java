package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.ReportDimension;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.ReportQueries}: implement it in a provider
 * module's test class (with the other suites, see {@link NeutralConformance}) and return a
 * {@link ConformanceFixture} from {@code fixture()}. Besides the shared checks (capabilities
 * honest, undeclared operations refused without a request, errors typed), reports must be lazy:
 * nothing is fetched until a report is consumed, and consuming its first row does not fetch the
 * whole report.
 */
public interface ReportQueriesConformance extends NeutralConformance {

  /** Each report query the view declares works against the emulator. */
  @Test
  default void reportQueriesDeclaredWorkAgainstTheEmulator() {
    AreaChecks.declaredCapabilitiesWork(fixture(), Capability.Area.REPORT_QUERIES);
  }

  /** Each report query the view does not declare is refused, and nothing is sent. */
  @Test
  default void reportQueriesUndeclaredAreRefusedWithoutARequest() {
    AreaChecks.undeclaredCapabilitiesAreRefusedWithoutARequest(
        fixture(), Capability.Area.REPORT_QUERIES);
  }

  /** A report query with wrong credentials is an authentication error. */
  @Test
  default void reportQueriesWithWrongCredentialsAreAnAuthenticationError() {
    AreaChecks.wrongCredentialsAreAnAuthenticationError(fixture(), Capability.Area.REPORT_QUERIES);
  }

  /** Reports fetch nothing until consumed, then one page at a time. */
  @Test
  default void reportsFetchNothingUntilConsumedAndOnePageAtATime() {
    ConformanceFixture f = fixture();
    SimProvider p = f.provider();
    if (p.supports(Capability.CUSTOMER_TRAFFIC_REPORT)) {
      AreaChecks.assertLazy(f.emulator(), p.customerTraffic(f.reportFrom(), f.reportTo()));
    }
    if (p.supports(Capability.SUPPLIER_TRAFFIC_REPORT)) {
      AreaChecks.assertLazy(f.emulator(), p.supplierTraffic(f.reportFrom(), f.reportTo()));
    }
    if (p.supports(Capability.OVERALL_TRAFFIC_REPORT)) {
      AreaChecks.assertLazy(
          f.emulator(),
          p.overallTraffic(f.overallFrom(), f.overallTo(), Set.of(ReportDimension.COUNTRY)));
    }
    if (p.supports(Capability.CREDIT_HISTORY)) {
      AreaChecks.assertLazy(f.emulator(), p.creditHistory(f.rangeStart(), f.rangeEnd()));
    }
  }
}
