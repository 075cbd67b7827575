package io.simbridge.testkit.thingsmobile;

import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_CDR_LIMIT;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_GENERIC_ERROR;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_NOT_ACTIVE;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_NOT_FOUND;
import static io.simbridge.testkit.thingsmobile.ThingsMobileEmulator.MSISDN_OK;

import io.simbridge.testkit.internal.Text;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Things Mobile emulator's data: generated and sandbox SIMs with their CDRs, custom plans,
 * the credit and its history, and the SMS sent. Touched one request at a time (the emulator's
 * lock), so it needs no locking of its own.
 */
final class ThingsMobileState {
  /** Bytes in the MB the API counts in. */
  static final long MIB = 1_048_576L;

  private final int generatedSims;
  private final int cdrsPerSim;
  private final int creditRows;

  final Map<String, Sim> simsByMsisdn = new LinkedHashMap<>();
  final List<Plan> plans = new ArrayList<>();
  final List<HistoryRow> history = new ArrayList<>();
  final List<String> sentSms = new ArrayList<>();
  BigDecimal credit;

  ThingsMobileState(int generatedSims, int cdrsPerSim, int creditRows) {
    this.generatedSims = generatedSims;
    this.cdrsPerSim = cdrsPerSim;
    this.creditRows = creditRows;
    reset();
  }

  /** Restores the generated data: the same SIMs, CDRs, plans and history every time. */
  void reset() {
    simsByMsisdn.clear();
    plans.clear();
    history.clear();
    sentSms.clear();
    credit = new BigDecimal("100.00");
    LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);

    for (int i = 0; i < generatedSims; i++) {
      String msisdn = String.valueOf(882_361_000_000_000L + i);
      Sim s = new Sim(msisdn, Text.withLuhn("89445013121", i, 7));
      s.generated = true;
      s.name = String.format("sim-%05d", i);
      s.tag = i % 2 == 0 ? "fleet-a" : "fleet-b";
      s.status =
          i % 10 == 9
              ? "not-active"
              : i % 10 == 8
                  ? "suspended"
                  : i % 20 == 7 ? "suspended-for-no-cash" : i % 50 == 49 ? "deactivated" : "active";
      s.activationDate = s.status.equals("not-active") ? null : base.minusDays(100 + i % 30);
      s.balance = (i % 7) * 10L * MIB;
      s.dailyTraffic = (i % 5) * 100_000L;
      s.monthlyTraffic = s.dailyTraffic * 12;
      s.totalTraffic = s.monthlyTraffic * 4;
      s.lastConnectionDate = s.activationDate == null ? null : base.minusHours(i % 48);
      for (int c = 0; c < cdrsPerSim; c++) {
        LocalDateTime start = base.plusMinutes(10L * c + i);
        s.cdrs.add(new Cdr(msisdn, start, start.plusMinutes(5), 10_000L * (c + 1)));
      }
      simsByMsisdn.put(msisdn, s);
    }

    // The sandbox SIMs come after the generated ones, so lists start with ordinary SIMs.
    sandboxSim(MSISDN_NOT_FOUND, "not-active", null, 0).hidden = true;
    sandboxSim(
        MSISDN_NOT_ACTIVE, "not-active", LocalDateTime.of(2015, 1, 20, 12, 45), 321_312_321L);
    sandboxSim(MSISDN_GENERIC_ERROR, "not-active", null, 0);
    sandboxSim(MSISDN_OK, "active", LocalDateTime.of(2016, 1, 20, 12, 45), 1_231_231_231L);
    sandboxSim(MSISDN_CDR_LIMIT, "active", LocalDateTime.of(2016, 1, 20, 12, 45), 0);
    simsByMsisdn
        .get(MSISDN_NOT_ACTIVE)
        .cdrs
        .add(
            new Cdr(
                MSISDN_NOT_ACTIVE,
                base.plusHours(1),
                base.plusHours(1).plusMinutes(10),
                1_000_000L));
    simsByMsisdn
        .get(MSISDN_GENERIC_ERROR)
        .cdrs
        .add(new Cdr(MSISDN_GENERIC_ERROR, base.plusHours(2), base.plusHours(2), 0L));

    plans.add(new Plan(1, "Custom plan example", true, "10", "10"));
    plans.add(new Plan(2, "Custom plan example", false, "", ""));

    for (int i = 0; i < creditRows; i++) {
      LocalDateTime at = base.minusDays(creditRows - i);
      history.add(
          i % 3 == 0
              ? new HistoryRow(new BigDecimal("10.00"), at, "Credit recharge", null)
              : new HistoryRow(new BigDecimal("-1.00"), at, "Sim recharge", MSISDN_OK));
    }
  }

  private Sim sandboxSim(String msisdn, String status, LocalDateTime activation, long traffic) {
    Sim s = new Sim(msisdn, "89445013121675" + msisdn.substring(10));
    s.status = status;
    s.activationDate = activation;
    s.totalTraffic = traffic;
    s.monthlyTraffic = traffic;
    s.plan = "default";
    s.name = "sandbox-" + msisdn.substring(14);
    s.tag = "sandbox";
    simsByMsisdn.put(msisdn, s);
    return s;
  }

  /** A SIM by MSISDN, for the emulator's accessors; fails when there is none. */
  Sim require(String msisdn) {
    return Objects.requireNonNull(simsByMsisdn.get(msisdn), "no SIM " + msisdn);
  }

  /** A SIM by MSISDN or, when none is given, by ICCID; hidden SIMs included. */
  Optional<Sim> find(Optional<String> msisdn, Optional<String> iccid) {
    return msisdn
        .map(simsByMsisdn::get)
        .or(
            () ->
                iccid.flatMap(
                    i ->
                        simsByMsisdn.values().stream().filter(x -> x.iccid.equals(i)).findFirst()));
  }

  List<String> generatedMsisdns() {
    return simsByMsisdn.values().stream().filter(s -> s.generated).map(s -> s.msisdn).toList();
  }

  Optional<Plan> plan(String id) {
    return plans.stream().filter(p -> String.valueOf(p.id).equals(id)).findFirst();
  }

  /** A blank plan with the next free id, not yet added (the request may still be refused). */
  Plan newPlan() {
    return new Plan(plans.stream().mapToInt(x -> x.id).max().orElse(0) + 1, "", false, "", "");
  }

  /** One SIM, as simStatus and simListLite report it. */
  static final class Sim {
    final String msisdn;
    final String iccid;
    final List<Cdr> cdrs = new ArrayList<>();
    boolean generated;
    boolean hidden;
    String name = "";
    String tag = "";
    String status = "active";
    String plan = "default";
    LocalDateTime activationDate;
    LocalDateTime expirationDate;
    LocalDateTime lastConnectionDate;
    boolean blockAfterExpiration;
    long balance;
    long dailyTraffic;
    long monthlyTraffic;
    long totalTraffic;
    long dailyThresholdMb = 100;
    long monthlyThresholdMb = 1_024;
    long totalThresholdMb = 10_240;
    boolean blockDaily;
    boolean blockMonthly;
    boolean blockTotal;

    Sim(String msisdn, String iccid) {
      this.msisdn = msisdn;
      this.iccid = iccid;
    }

    String imsi() {
      return "22201" + msisdn.substring(msisdn.length() - 10);
    }
  }

  /** One call data record. */
  record Cdr(String msisdn, LocalDateTime start, LocalDateTime stop, long traffic) {}

  /** One row of the credit history. */
  record HistoryRow(BigDecimal amount, LocalDateTime at, String description, String msisdn) {}

  /** One custom plan. */
  static final class Plan {
    final int id;
    String name;
    boolean autoRecharge;
    String threshold;
    String amount;

    Plan(int id, String name, boolean autoRecharge, String threshold, String amount) {
      this.id = id;
      this.name = name;
      this.autoRecharge = autoRecharge;
      this.threshold = threshold;
      this.amount = amount;
    }
  }
}
