package io.simbridge.examples;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.m2miportal.model.SendSmsRequest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * M2M iPortal's information requests for a few SIMs (status, usage, last mobile-originated
 * traffic, contract term), an SMS and its delivery details, and suspend/resume through the
 * neutral view. Against the real service, name the SIMs with
 * {@code SIMBRIDGE_EXAMPLES_M2MIPORTAL_ICCIDS} (comma-separated).
 */
public final class M2mIportalExample {
  private M2mIportalExample() {}

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
    Table.heading(out, "M2M iPortal - " + env.target("m2miportal"));
    try (M2mIportalClient m2m = env.m2mIportal()) {
      List<Iccid> iccids = new ArrayList<>();
      if (env.emulated("m2miportal")) {
        env.m2mEmulator.iccids().subList(0, 6).forEach(i -> iccids.add(Iccid.of(i)));
      } else {
        env.setting("M2MIPORTAL_ICCIDS")
            .ifPresent(v -> List.of(v.split(",")).forEach(i -> iccids.add(Iccid.of(i.strip()))));
      }
      if (iccids.isEmpty()) {
        out.println("(no SIMs: set SIMBRIDGE_EXAMPLES_M2MIPORTAL_ICCIDS=8944...,8944...)");
        return;
      }
      out.println("query_status, query_usage, query_last_mo_traffic and query_contract per SIM");
      Table table =
          Table.of("ICCID", "status", "data this month", "SMS", "last MO traffic", "contract");
      for (Iccid iccid : iccids) {
        var usage = m2m.queryUsage(iccid);
        table.row(
            iccid,
            m2m.queryStatus(iccid).rawStatus(),
            usage.data(),
            usage.sms(),
            m2m.queryLastMoTraffic(iccid)
                .map(
                    t ->
                        t.rawTrafficType().orElse("traffic")
                            + t.timestamp().map(at -> " at " + at).orElse("")
                            + t.network().map(n -> " on " + n).orElse(""))
                .orElse("no traffic history"),
            m2m.queryContract(iccid)
                .map(c -> c.type() + ", " + c.monthsRemaining() + " months left")
                .orElse("no contract"));
      }
      table.print(out);

      Iccid first = iccids.get(0);
      if (env.writesAllowed("m2miportal")) {
        m2m.sendSms(
            first, SendSmsRequest.builder("Reboot at 02:00 {job 42}").smsUid("job42").build());
        out.println("send_sms, then query_sms_mt_details (newest first)");
        Table sms = Table.of("sent", "uid", "status", "text");
        m2m.querySmsMtDetails(first, 3)
            .forEach(m -> sms.row(m.sentTimestamp(), m.smsUid(), m.status(), m.messageText()));
        sms.print(out);

        SimProvider neutral = m2m.asSimProvider();
        SimRef sim = SimRef.of(first);
        neutral.suspend(sim);
        SimStatus suspended = neutral.state(sim);
        neutral.resume(sim);
        SimStatus resumed = neutral.state(sim);
        out.println("neutral view: suspend then resume (set_status)");
        Table.of("after", "state", "raw", "suspended by")
            .row("suspend", suspended.state(), suspended.rawState(), suspended.suspensionCause())
            .row("resume", resumed.state(), resumed.rawState(), resumed.suspensionCause())
            .print(out);
      } else {
        out.println(
            "(writes skipped: set SIMBRIDGE_EXAMPLES_ALLOW_WRITES=true to send an SMS and suspend/resume)");
      }
    }
  }
}
