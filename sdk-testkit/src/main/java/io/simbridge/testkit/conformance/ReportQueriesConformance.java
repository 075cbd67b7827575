package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.ReportDimension;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link io.simbridge.core.ReportQueries}: extend it in a provider
 * module's tests and return a {@link ConformanceFixture} from {@code fixture()}. Besides the shared checks
 * (capabilities honest, undeclared operations refused without a request, errors typed), reports
 * must be lazy: nothing is fetched until a report is consumed, and consuming its first row does
 * not fetch the whole report.
 */
public abstract class ReportQueriesConformance extends NeutralConformance {
  /** For subclasses. */
  protected ReportQueriesConformance() {
    super(Capability.Area.REPORT_QUERIES);
  }

  @Test
  void reportsFetchNothingUntilConsumedAndOnePageAtATime() {
    SimProvider p = provider();
    if (p.supports(Capability.CUSTOMER_TRAFFIC_REPORT)) {
      assertLazy(p.customerTraffic(fixture().reportFrom(), fixture().reportTo()));
    }
    if (p.supports(Capability.SUPPLIER_TRAFFIC_REPORT)) {
      assertLazy(p.supplierTraffic(fixture().reportFrom(), fixture().reportTo()));
    }
    if (p.supports(Capability.OVERALL_TRAFFIC_REPORT)) {
      assertLazy(p.overallTraffic(fixture().overallFrom(), fixture().overallTo(), Set.of(ReportDimension.COUNTRY)));
    }
    if (p.supports(Capability.CREDIT_HISTORY)) {
      assertLazy(p.creditHistory(fixture().rangeStart(), fixture().rangeEnd()));
    }
  }
}
