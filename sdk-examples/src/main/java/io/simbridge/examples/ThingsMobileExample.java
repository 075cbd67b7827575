package io.simbridge.examples;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.thingsmobile.ThingsMobileClient;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import java.io.PrintStream;
import java.util.List;

/**
 * Things Mobile's most useful operations: list the SIMs, read one in detail, read the credit and
 * its history, rename and recharge a SIM, block and unblock it, read its CDRs, and the same SIM
 * through the neutral view.
 */
public final class ThingsMobileExample {
  private ThingsMobileExample() {}

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
    Table.heading(out, "Things Mobile - " + env.target("thingsmobile"));
    try (ThingsMobileClient tm = env.thingsMobile()) {
      List<SimListItem> sims = tm.allSims(SimListQuery.ALL).stream().limit(5).toList();
      out.println("simListLite: the first " + sims.size() + " SIMs of the account");
      Table list = Table.of("MSISDN", "ICCID", "name", "status", "balance (MiB)");
      sims.forEach(
          s ->
              list.row(
                  s.msisdn(),
                  s.iccid(),
                  s.name(),
                  s.status().raw(),
                  s.balance().map(b -> b.to(DataUnit.MEBIBYTE))));
      list.print(out);
      if (sims.isEmpty()) {
        return;
      }
      SimListItem first =
          sims.stream()
              .filter(s -> s.status().raw().equals("active"))
              .findFirst()
              .orElse(sims.get(0));
      SimRef sim = SimRef.of(first.iccid(), first.msisdn());

      SimInfo info = tm.simStatus(sim);
      out.println("simStatus of " + info.msisdn());
      Table.of("field", "value")
          .row("status", info.status().raw() + " (" + info.status().code() + ")")
          .row("activated", info.activationDate())
          .row("balance", info.balance())
          .row("traffic today", info.dailyTraffic())
          .row("traffic this month", info.monthlyTraffic())
          .row("traffic in total", info.totalTraffic())
          .row("daily threshold", info.dailyTrafficThreshold())
          .row("CDRs on this page", info.cdrs().size())
          .print(out);

      Credit credit = tm.credit();
      out.println("credit: " + credit.amount());
      Table history = Table.of("date", "amount", "operation", "SIM");
      tm.creditHistory(DateRange.UNBOUNDED).stream()
          .limit(4)
          .forEach(h -> history.row(h.dateLoad(), h.amount(), h.opDescription(), h.msisdn()));
      history.print(out);

      if (env.writesAllowed("thingsmobile")) {
        DataVolume before = info.balance().orElse(DataVolume.ZERO);
        tm.updateSimName(sim, "example-pump-7");
        tm.rechargeSim(sim, DataVolume.of(10, DataUnit.MEBIBYTE));
        tm.blockSim(sim);
        SimInfo blocked = tm.simStatus(sim);
        tm.unblockSim(sim);
        SimInfo after = tm.simStatus(sim);
        out.println("writes: renamed, recharged 10 MiB, blocked, unblocked");
        Table.of("", "before", "blocked", "after")
            .row("name", info.name(), blocked.name(), after.name())
            .row("status", info.status().raw(), blocked.status().raw(), after.status().raw())
            .row(
                "balance (MiB)",
                before.to(DataUnit.MEBIBYTE),
                blocked.balance().map(b -> b.to(DataUnit.MEBIBYTE)),
                after.balance().map(b -> b.to(DataUnit.MEBIBYTE)))
            .print(out);
      } else {
        out.println(
            "(writes skipped: set SIMBRIDGE_EXAMPLES_ALLOW_WRITES=true to rename, recharge and block)");
      }

      List<Cdr> cdrs =
          tm.allCdrs(CdrQuery.of(DateRange.UNBOUNDED, first.msisdn())).stream().limit(3).toList();
      out.println("getCdrPaginated: " + cdrs.size() + " CDRs shown");
      Table cdrTable = Table.of("start", "stop", "network", "operator", "traffic");
      cdrs.forEach(
          c -> cdrTable.row(c.dateStart(), c.dateStop(), c.network(), c.operator(), c.traffic()));
      cdrTable.print(out);

      SimProvider neutral = tm.asSimProvider();
      SimStatus state = neutral.state(sim);
      out.println("neutral view: " + neutral.capabilities().size() + " capabilities");
      Table.of("SIM", "state", "raw", "suspended by")
          .row(sim.label(), state.state(), state.rawState(), state.suspensionCause())
          .print(out);
    }
  }
}
