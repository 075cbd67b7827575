package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** One sample call per capability, with arguments every provider should accept. */
final class Invocations {
  private Invocations() {}

  /** Each call consumes at most the first item of a list, so that it stays one page. */
  static Map<Capability, BiFunction<SimProvider, SimRef, Object>> all(ConformanceFixture f) {
    DataLimit limit = new DataLimit(DataVolume.of(100, DataUnit.MEBIBYTE), false);
    Map<Capability, BiFunction<SimProvider, SimRef, Object>> m = new EnumMap<>(Capability.class);
    m.put(Capability.ACTIVATE, (p, s) -> run(() -> p.activate(s)));
    m.put(Capability.SUSPEND, (p, s) -> run(() -> p.suspend(s)));
    m.put(Capability.RESUME, (p, s) -> run(() -> p.resume(s)));
    m.put(Capability.DISCONNECT, (p, s) -> run(() -> p.disconnect(s)));
    m.put(Capability.RENAME, (p, s) -> run(() -> p.rename(s, "conformance")));
    m.put(Capability.TAG, (p, s) -> run(() -> p.tag(s, "conformance")));
    m.put(
        Capability.SET_EXPIRY,
        (p, s) -> run(() -> p.setExpiry(s, LocalDate.of(2030, 1, 31), false)));
    m.put(
        Capability.SET_DATA_LIMITS,
        (p, s) -> run(() -> p.setDataLimits(s, new DataLimits(limit, limit, limit))));
    m.put(Capability.TOP_UP, (p, s) -> run(() -> p.topUp(s, DataVolume.of(1, DataUnit.MEBIBYTE))));
    m.put(Capability.SEND_SMS, (p, s) -> run(() -> p.sendSms(s, "simbridge conformance")));
    m.put(Capability.CHANGE_PLAN, (p, s) -> run(() -> p.changePlan(s, "1")));
    m.put(Capability.SIM_STATE, SimProvider::state);
    m.put(Capability.USAGE_NOW, SimProvider::usageNow);
    m.put(Capability.DAILY_USAGE, SimProvider::dailyUsage);
    m.put(Capability.LAST_MO_TRAFFIC, SimProvider::lastActivity);
    m.put(Capability.CONTRACT_TERM, SimProvider::contractTerm);
    m.put(
        Capability.USAGE_RECORDS,
        (p, s) -> p.usageRecords(s, f.rangeStart(), f.rangeEnd()).stream().findFirst());
    m.put(Capability.LIST_SIMS, (p, s) -> p.listSims(SimFilter.ALL).stream().findFirst());
    m.put(
        Capability.CUSTOMER_TRAFFIC_REPORT,
        (p, s) -> p.customerTraffic(f.reportFrom(), f.reportTo()).stream().findFirst());
    m.put(
        Capability.SUPPLIER_TRAFFIC_REPORT,
        (p, s) -> p.supplierTraffic(f.reportFrom(), f.reportTo()).stream().findFirst());
    m.put(
        Capability.OVERALL_TRAFFIC_REPORT,
        (p, s) ->
            p
                .overallTraffic(f.overallFrom(), f.overallTo(), Set.of(ReportDimension.COUNTRY))
                .stream()
                .findFirst());
    m.put(Capability.CREDIT_BALANCE, (p, s) -> p.creditBalance());
    m.put(
        Capability.CREDIT_HISTORY,
        (p, s) -> p.creditHistory(f.rangeStart(), f.rangeEnd()).stream().findFirst());
    return m;
  }

  private static Object run(Runnable r) {
    r.run();
    return true;
  }
}
