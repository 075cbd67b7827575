package io.simbridge.cli;

import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.CreditHistoryEntry;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import io.simbridge.core.model.TrafficReportRow;
import io.simbridge.core.model.Usage;
import io.simbridge.core.model.UsageRecord;
import io.simbridge.fleet.SimResult;
import io.simbridge.fleet.WriteOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The output shape of every command: its columns, in order, and how a neutral model fills them.
 * These shapes are the command line's contract with scripts (the README documents them and
 * {@code OutputShapesTest} pins them): add columns at the end, never rename or remove one.
 *
 * <p>Conventions: data volumes in columns ending {@code Bytes} (bytes in JSON and CSV), money as
 * {@code amount} and {@code currency}, times as ISO-8601 UTC, enumerations as their upper-case
 * names, absent values as JSON {@code null}. A per-SIM failure fills {@code error} (the exit code's
 * name, such as {@code NOT_FOUND}) and {@code message}.
 */
final class Rows {
  static final List<String> ERROR = List.of("error", "message");
  static final List<String> STATE = cols("sim", "provider", "state", "rawState", "suspensionCause");
  static final List<String> USAGE =
      cols(
          "sim",
          "provider",
          "todayBytes",
          "thisMonthBytes",
          "totalBytes",
          "remainingBytes",
          "smsCount",
          "voiceMinutes");
  static final List<String> DAILY_USAGE =
      cols("sim", "provider", "todayBytes", "recentDaysBytes", "blacklisted", "rawBlacklist");
  static final List<String> LAST_ACTIVITY =
      cols("sim", "provider", "time", "kind", "rawKind", "network", "country");
  static final List<String> CONTRACT =
      cols("sim", "provider", "type", "rawType", "monthsRemaining", "expired");
  static final List<String> CDRS =
      List.of("sim", "provider", "start", "end", "volumeBytes", "network", "country", "operator");
  static final List<String> SIMS =
      List.of(
          "provider",
          "iccid",
          "msisdn",
          "account",
          "state",
          "rawState",
          "name",
          "tag",
          "plan",
          "activatedAt",
          "expiresAt",
          "lastConnection",
          "remainingBytes");
  static final List<String> WRITES = cols("sim", "provider", "operation", "status");
  static final List<String> REPORT =
      List.of(
          "provider",
          "side",
          "date",
          "periodStart",
          "periodEnd",
          "counterparty",
          "country",
          "countryCode",
          "operator",
          "mcc",
          "mnc",
          "messages",
          "unitPrice",
          "amount",
          "currency");
  static final List<String> CREDIT = cols("provider", "amount", "currency");
  static final List<String> CREDIT_HISTORY =
      List.of("provider", "time", "amount", "currency", "description", "sim");
  static final List<String> PROVIDERS = List.of("provider", "name", "capabilities");
  static final List<String> CONFIG = List.of("provider", "key", "value", "source");

  private Rows() {}

  /** Columns followed by the error columns. */
  private static List<String> cols(String... names) {
    List<String> all = new ArrayList<>(List.of(names));
    all.addAll(ERROR);
    return List.copyOf(all);
  }

  /** A row builder: values in insertion order. */
  static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }

  /**
   * @param result one SIM's result
   * @param fill   puts the value's columns into the row
   * @param <T>    the value type
   * @return the row: sim, provider, the value's columns or the error
   */
  static <T> Map<String, Object> of(SimResult<T> result, BiConsumer<T, Map<String, Object>> fill) {
    Map<String, Object> row = row("sim", Sims.text(result.sim()), "provider", result.provider());
    result.value().ifPresent(v -> fill.accept(v, row));
    result.error().ifPresent(e -> error(row, e));
    return row;
  }

  static void error(Map<String, Object> row, RuntimeException e) {
    row.put("error", ExitCode.of(e).name());
    row.put("message", e.getMessage());
  }

  static void state(SimStatus s, Map<String, Object> row) {
    row.put("state", s.state());
    row.put("rawState", s.rawState());
    row.put("suspensionCause", s.suspensionCause());
  }

  static void usage(Usage u, Map<String, Object> row) {
    row.put("todayBytes", u.today());
    row.put("thisMonthBytes", u.thisMonth());
    row.put("totalBytes", u.total());
    row.put("remainingBytes", u.remaining());
    row.put("smsCount", u.smsCount());
    row.put("voiceMinutes", u.voiceMinutes());
  }

  static void dailyUsage(DailyUsage d, Map<String, Object> row) {
    row.put("todayBytes", d.today());
    row.put("recentDaysBytes", d.recentDays());
    row.put("blacklisted", d.blacklisted());
    row.put("rawBlacklist", d.rawBlacklist());
  }

  static void lastActivity(Optional<LastActivity> activity, Map<String, Object> row) {
    activity.ifPresent(
        a -> {
          row.put("time", a.time());
          row.put("kind", a.kind());
          row.put("rawKind", a.rawKind());
          row.put("network", a.network());
          row.put("country", a.country());
        });
  }

  static void contract(Optional<ContractTerm> term, Map<String, Object> row) {
    term.ifPresent(
        t -> {
          row.put("type", t.type());
          row.put("rawType", t.rawType());
          row.put("monthsRemaining", t.monthsRemaining());
          row.put("expired", t.expired());
        });
  }

  static Map<String, Object> cdr(String provider, UsageRecord r) {
    return row(
        "sim",
        Sims.text(r.sim()),
        "provider",
        provider,
        "start",
        r.start(),
        "end",
        r.end(),
        "volumeBytes",
        r.volume(),
        "network",
        r.network(),
        "country",
        r.country(),
        "operator",
        r.operator());
  }

  static Map<String, Object> sim(String provider, SimSummary s) {
    SimRef ref = s.sim();
    return row(
        "provider",
        provider,
        "iccid",
        ref.iccid().map(i -> i.value()),
        "msisdn",
        ref.msisdn().map(m -> m.value()),
        "account",
        ref.account(),
        "state",
        s.status().state(),
        "rawState",
        s.status().rawState(),
        "name",
        s.name(),
        "tag",
        s.tag(),
        "plan",
        s.plan(),
        "activatedAt",
        s.activatedAt(),
        "expiresAt",
        s.expiresAt(),
        "lastConnection",
        s.lastConnection(),
        "remainingBytes",
        s.remaining());
  }

  static Map<String, Object> write(WriteOutcome o, String operation) {
    Map<String, Object> row =
        row(
            "sim",
            Sims.text(o.sim()),
            "provider",
            o.provider(),
            "operation",
            operation,
            "status",
            o.status());
    o.error().ifPresent(e -> error(row, e));
    return row;
  }

  static Map<String, Object> report(String provider, TrafficReportRow r) {
    return row(
        "provider",
        provider,
        "side",
        r.side(),
        "date",
        r.date(),
        "periodStart",
        r.periodStart(),
        "periodEnd",
        r.periodEnd(),
        "counterparty",
        r.counterparty(),
        "country",
        r.country(),
        "countryCode",
        r.countryCode(),
        "operator",
        r.operator(),
        "mcc",
        r.mcc(),
        "mnc",
        r.mnc(),
        "messages",
        r.messages(),
        "unitPrice",
        r.unitPrice(),
        "amount",
        r.amount().map(m -> m.amount()),
        "currency",
        r.amount().map(m -> m.currency()));
  }

  static Map<String, Object> creditEntry(String provider, CreditHistoryEntry e) {
    return row(
        "provider",
        provider,
        "time",
        e.time(),
        "amount",
        e.amount().amount(),
        "currency",
        e.amount().currency(),
        "description",
        e.description(),
        "sim",
        e.sim().map(Sims::text));
  }
}
