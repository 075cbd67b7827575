package io.simbridge.examples;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.SimRef;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * freebit's traffic information (PA05-01) for a phone number and a share group, then a SIM's
 * daily usage through the neutral view. Against the real service, name the accounts with
 * {@code SIMBRIDGE_EXAMPLES_FREEBIT_ACCOUNTS} (comma-separated).
 */
public final class FreebitExample {
  private FreebitExample() {}

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
    Table.heading(out, "freebit - " + env.target("freebit"));
    try (FreebitClient freebit = env.freebit()) {
      List<String> accounts = new ArrayList<>();
      if (env.emulated("freebit")) {
        accounts.add(env.freebitEmulator.phoneNumbers().get(4));
        accounts.add(env.freebitEmulator.shareGroups().get(0));
      } else {
        env.setting("FREEBIT_ACCOUNTS").ifPresent(v -> accounts.addAll(List.of(v.split(","))));
      }
      if (accounts.isEmpty()) {
        out.println(
            "(no accounts: set SIMBRIDGE_EXAMPLES_FREEBIT_ACCOUNTS=09012345678,AAA0_00000000001)");
        return;
      }
      out.println(
          "getTrafficInfo, one account per call (freebit forbids bulk retrieval; 1 call per second)");
      Table table = Table.of("account", "kind", "today (KiB)", "recent days (KiB)", "blacklisted");
      for (String a : accounts) {
        TrafficInfo info = freebit.getTrafficInfo(FreebitAccount.of(a.strip()));
        table.row(
            info.account().value(),
            info.account().kind(),
            info.today().to(DataUnit.KIBIBYTE),
            info.inRecentDays().stream().map(d -> d.to(DataUnit.KIBIBYTE).toPlainString()).toList(),
            info.blackList().flatMap(b -> b.blacklisted()));
      }
      table.print(out);

      SimProvider neutral = freebit.asSimProvider();
      DailyUsage daily = neutral.dailyUsage(SimRef.account(accounts.get(0).strip()));
      out.println(
          "neutral view: dailyUsage of "
              + accounts.get(0)
              + " (capabilities "
              + neutral.capabilities()
              + ")");
      Table.of("today", "recent days", "blacklisted", "raw flag")
          .row(daily.today(), daily.recentDays(), daily.blacklisted(), daily.rawBlacklist())
          .print(out);
    }
  }
}
