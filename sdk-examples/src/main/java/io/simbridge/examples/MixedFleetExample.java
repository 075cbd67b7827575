package io.simbridge.examples;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.Usage;
import io.simbridge.fleet.FleetResult;
import io.simbridge.fleet.ProgressListener;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.SimResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mixed fleet over the neutral interfaces: what each provider supports, then one
 * {@link SimFleet} holding SIMs at Things Mobile, M2M iPortal and freebit and reports at HORISEN,
 * asked once for the state of every SIM (with a progress bar), once for usage, and once for
 * every provider's reports and credit.
 */
public final class MixedFleetExample {
  private MixedFleetExample() {}

  /**
   * @param args none
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    try (ExampleEnvironment env = new ExampleEnvironment(System.getenv())) {
      run(env, System.out);
    }
  }

  static void run(ExampleEnvironment env, PrintStream out) {
    Table.heading(out, "Mixed fleet over the neutral API");
    try (SimFleet fleet =
        SimFleet.builder()
            .provider(env.thingsMobile().asSimProvider())
            .provider(env.m2mIportal().asSimProvider())
            .provider(env.freebit().asSimProvider())
            .provider(env.horisen().asSimProvider())
            .route(RoutingRule.msisdnPrefix("88236", "thingsmobile"))
            .route(RoutingRule.iccidPrefixRange("894430", "894439", "m2miportal"))
            .route(RoutingRule.msisdnPrefix("8190", "freebit"))
            .build()) {
      Table caps = Table.of("capability", "thingsmobile", "m2miportal", "freebit", "horisen");
      for (Capability c : Capability.values()) {
        caps.row(
            c,
            mark(fleet, "thingsmobile", c),
            mark(fleet, "m2miportal", c),
            mark(fleet, "freebit", c),
            mark(fleet, "horisen", c));
      }
      caps.print(out);

      List<SimRef> sims = sims(env);
      if (sims.isEmpty()) {
        out.println("(no SIMs to read: the fleet example lists SIMs from the embedded emulators)");
        return;
      }
      out.println("states of " + sims.size() + " SIMs in one call:");
      FleetResult<SimResult<SimStatus>> states = fleet.states(sims, bar(out));
      Map<String, Map<String, Long>> summary = new TreeMap<>();
      states.stream()
          .forEach(
              r ->
                  summary
                      .computeIfAbsent(r.provider().orElse("(unroutable)"), k -> new TreeMap<>())
                      .merge(
                          r.value()
                              .map(s -> s.state().name())
                              .orElseGet(() -> r.error().get().getClass().getSimpleName()),
                          1L,
                          Long::sum));
      Table byState = Table.of("provider", "outcome", "SIMs");
      summary.forEach((p, counts) -> counts.forEach((k, n) -> byState.row(p, k, n)));
      byState.print(out);

      List<SimRef> sample = new ArrayList<>();
      for (String p : List.of("thingsmobile", "m2miportal", "freebit")) {
        states.stream()
            .filter(r -> r.provider().filter(p::equals).isPresent())
            .limit(3)
            .forEach(r -> sample.add(r.sim()));
      }
      FleetResult<SimResult<Usage>> usage = fleet.usageNow(sample);
      out.println(
          "usage now of "
              + sample.size()
              + " of them (Things Mobile: one simStatus per SIM, 5 s apart):");
      Table usageTable = Table.of("SIM", "provider", "today", "this month", "remaining", "SMS");
      usage.stream()
          .forEach(
              r ->
                  usageTable.row(
                      r.sim().label(),
                      r.provider(),
                      r.value().flatMap(Usage::today),
                      r.value().flatMap(Usage::thisMonth),
                      r.value().flatMap(Usage::remaining),
                      r.value()
                          .map(
                              u ->
                                  u.smsCount().isPresent()
                                      ? String.valueOf(u.smsCount().getAsLong())
                                      : "-")));
      usageTable.print(out);

      Table accounts = Table.of("provider", "question", "answer");
      fleet
          .acrossProviders(Capability.CREDIT_BALANCE, SimProvider::creditBalance)
          .forEach(
              (p, r) ->
                  accounts.row(
                      p,
                      "credit balance",
                      r.value()
                          .map(Object::toString)
                          .orElseGet(() -> r.error().get().getMessage())));
      fleet
          .acrossProviders(
              Capability.OVERALL_TRAFFIC_REPORT,
              p ->
                  p
                      .overallTraffic(
                          java.time.OffsetDateTime.parse("2024-10-01T00:00:00Z"),
                          java.time.OffsetDateTime.parse("2024-10-03T00:00:00Z"),
                          java.util.Set.of(io.simbridge.core.model.ReportDimension.COUNTRY))
                      .stream()
                      .count())
          .forEach(
              (p, r) ->
                  accounts.row(
                      p,
                      "overall report rows, by country",
                      r.value()
                          .map(Object::toString)
                          .orElseGet(() -> r.error().get().getMessage())));
      accounts.print(out);
    }
  }

  private static String mark(SimFleet fleet, String provider, Capability c) {
    return fleet.provider(provider).map(p -> p.supports(c) ? "yes" : "").orElse("?");
  }

  /** Every SIM the emulators generated: 400 at Things Mobile, 400 at M2M iPortal, 200 at freebit. */
  private static List<SimRef> sims(ExampleEnvironment env) {
    List<SimRef> sims = new ArrayList<>();
    if (env.emulated("thingsmobile")) {
      env.thingsMobileEmulator.generatedMsisdns().forEach(m -> sims.add(SimRef.msisdn(m)));
    }
    if (env.emulated("m2miportal")) {
      env.m2mEmulator.iccids().forEach(i -> sims.add(SimRef.iccid(i)));
    }
    if (env.emulated("freebit")) {
      // freebit numbers are national (090...); the fleet routes them in international form
      // (8190...).
      env.freebitEmulator
          .phoneNumbers()
          .forEach(n -> sims.add(SimRef.msisdn("81" + n.substring(1))));
    }
    env.setting("FLEET_SIMS")
        .ifPresent(
            v ->
                Arrays.stream(v.split(","))
                    .map(String::strip)
                    .map(s -> s.length() >= 18 ? SimRef.iccid(s) : SimRef.msisdn(s))
                    .forEach(sims::add));
    return sims;
  }

  /** A text progress bar on one line. */
  private static ProgressListener bar(PrintStream out) {
    return (done, total) -> {
      if (done == total || done % Math.max(1, total / 10) == 0) {
        int filled = done * 30 / total;
        out.print(
            "\r  [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total);
        if (done == total) {
          out.println();
          out.println();
        }
      }
    };
  }
}
