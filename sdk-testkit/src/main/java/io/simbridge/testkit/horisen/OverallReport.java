package io.simbridge.testkit.horisen;

import static io.simbridge.testkit.horisen.HorisenEmulator.OVERALL_AGGREGATED;
import static io.simbridge.testkit.horisen.HorisenEmulator.OVERALL_GROUPABLE;
import static io.simbridge.testkit.horisen.QueryParameters.PREFIX;
import static io.simbridge.testkit.horisen.QueryParameters.dateTime;
import static io.simbridge.testkit.horisen.QueryParameters.filter;
import static io.simbridge.testkit.horisen.QueryParameters.list;

import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.horisen.QueryParameters.ApiError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HORISEN emulator's overall traffic report ({@code GET /overall-traffic-reports}): its
 * parameter checks and errors, the default embed, the documented GroupBy rules, grouping with
 * sums, and sorting. A class of its own because it is a small query engine over the
 * {@link HorisenState}'s facts, where {@link HorisenAnswers} only filters and pages the other
 * reports' rows.
 */
final class OverallReport {
  private static final List<String> OVERALL_DEFAULT_EMBED =
      List.of(
          "msgDate",
          "customerId",
          "customerBriefName",
          "billingAccountId",
          "billingAccountName",
          "accountId",
          "accountName",
          "supplierId",
          "supplierBriefName",
          "gateBillingAccountId",
          "gateBillingAccountName",
          "gateId",
          "gateName",
          "countryId",
          "countryCode2",
          "operatorId",
          "operatorName",
          "sellPrice",
          "sellAmount",
          "sellCurrencyCode",
          "sellAmountInCurr",
          "buyPrice",
          "buyAmount",
          "buyCurrencyCode",
          "buyAmountInCurr",
          "profit",
          "currencyCode",
          "inSmsCnt",
          "inBilledSmsCnt",
          "outSmsCnt",
          "outBilledSmsCnt",
          "intCost",
          "intRequestCnt",
          "stProcessingCnt",
          "stSentCnt",
          "stRejectNackCnt",
          "stRejectRulesCnt",
          "stErrorCnt",
          "stUnknownCnt",
          "mcc",
          "mnc");

  private OverallReport() {}

  /**
   * Computes the report an overall call asks for.
   *
   * @param state the emulator's facts
   * @param r     the call
   * @return the report's rows, sorted, before paging
   * @throws ApiError if a parameter is refused, as the API refuses it
   */
  static List<Map<String, Object>> rows(HorisenState state, EmulatedRequest r) {
    OffsetDateTime start =
        dateTime(r, "startDt", "START_DT_MISSING", "The startDt parameter is required.");
    OffsetDateTime end = dateTime(r, "endDt", "END_DT_MISSING", "The endDt parameter is required.");
    if (start.isAfter(end)) {
      throw new ApiError(400, PREFIX + "START_DT_AFTER_END_DT", "StartDt cannot be after endDt.");
    }
    String grain = r.query("grain").orElse("day");
    if (!grain.equals("day") && !grain.equals("hour")) {
      throw new ApiError(400, PREFIX + "UNSUPPORTED_GRAIN", "Requested grain is not supported.");
    }
    boolean hourly = grain.equals("hour");
    if (Duration.between(start, end).compareTo(Duration.ofDays(hourly ? 7 : 366)) > 0) {
      throw new ApiError(
          500,
          PREFIX + "MAX_EXECUTION_TIME_EXCEEDED",
          "For the requested parameters maximum execution time has been exceeded.");
    }
    LinkedHashSet<String> embed = new LinkedHashSet<>(list(r, "embed"));
    for (String e : embed) {
      if (!(OVERALL_GROUPABLE.contains(e) || OVERALL_AGGREGATED.contains(e))
          || (e.equals("msgDt") && !hourly)) {
        throw new ApiError(
            400,
            PREFIX + "UNSUPPORTED_EMBEDDED_FIELD",
            "Requested embedded field is not supported.");
      }
    }
    LinkedHashSet<String> groupBy = new LinkedHashSet<>(list(r, "groupBy"));
    for (String g : groupBy) {
      if (!OVERALL_GROUPABLE.contains(g) || (g.equals("msgDt") && !hourly)) {
        throw new ApiError(
            400,
            PREFIX + "UNSUPPORTED_GROUP_BY_FIELD",
            "Requested group by field is not supported.");
      }
    }
    if (embed.isEmpty()) {
      embed.addAll(OVERALL_DEFAULT_EMBED);
      if (hourly) {
        embed.add("msgDt");
      }
    }
    List<Map<String, Object>> facts = filter(state.overallFacts(start, end, hourly), r);
    List<Map<String, Object>> rows;
    if (groupBy.isEmpty()) {
      rows = facts.stream().map(f -> project(f, embed)).toList();
    } else {
      applyGroupByRules(embed, groupBy);
      rows = group(facts, groupBy, embed);
    }
    return sort(rows, list(r, "sort"));
  }

  /** The documented GroupBy rules: what the API adds to groupBy (and embed) by itself. */
  private static void applyGroupByRules(Set<String> embed, Set<String> groupBy) {
    for (String e : embed) {
      if (OVERALL_GROUPABLE.contains(e)) {
        groupBy.add(e);
      }
    }
    if (embed.contains("sellAmount")
        && !groupBy.contains("sellCurrency")
        && !groupBy.contains("sellCurrencyCode")) {
      groupBy.add("sellCurrencyCode");
      embed.add("sellCurrencyCode");
    }
    if (embed.contains("buyAmount")
        && !groupBy.contains("buyCurrency")
        && !groupBy.contains("buyCurrencyCode")) {
      groupBy.add("buyCurrencyCode");
      embed.add("buyCurrencyCode");
    }
    if ((embed.contains("sellAmountInCurr")
            || embed.contains("buyAmountInCurr")
            || embed.contains("profit")
            || embed.contains("intCost"))
        && !groupBy.contains("currency")
        && !groupBy.contains("currencyCode")) {
      groupBy.add("currencyCode");
      embed.add("currencyCode");
    }
  }

  private static Map<String, Object> project(Map<String, Object> fact, Set<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        f -> {
          if (fact.containsKey(f)) {
            out.put(f, fact.get(f));
          }
        });
    return out;
  }

  /** Groups facts by the groupBy fields, summing the aggregated ones; shows embed and groupBy fields. */
  private static List<Map<String, Object>> group(
      List<Map<String, Object>> facts, Set<String> groupBy, Set<String> embed) {
    Set<String> shown = new LinkedHashSet<>(embed);
    shown.addAll(groupBy);
    Map<List<Object>, Map<String, Object>> groups = new LinkedHashMap<>();
    for (Map<String, Object> f : facts) {
      List<Object> key = groupBy.stream().map(f::get).toList();
      Map<String, Object> g = groups.get(key);
      if (g == null) {
        groups.put(key, project(f, shown));
      } else {
        for (String a : shown) {
          if (OVERALL_AGGREGATED.contains(a)) {
            g.put(a, add(g.get(a), f.get(a)));
          }
        }
      }
    }
    return new ArrayList<>(groups.values());
  }

  private static Object add(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.add(y);
    }
    return ((Number) a).longValue() + ((Number) b).longValue();
  }

  private static List<Map<String, Object>> sort(List<Map<String, Object>> rows, List<String> sort) {
    if (sort.isEmpty()) {
      return rows;
    }
    Comparator<Map<String, Object>> order = null;
    for (String s : sort) {
      boolean desc = s.startsWith("-");
      String field = desc ? s.substring(1) : s;
      if (!OVERALL_GROUPABLE.contains(field) && !OVERALL_AGGREGATED.contains(field)) {
        throw new ApiError(
            400,
            "REQUEST_ERROR",
            "Query parameter: 'sort' error: 'unsupported field " + field + "'");
      }
      Comparator<Map<String, Object>> c = (x, y) -> compareValues(x.get(field), y.get(field));
      c = desc ? c.reversed() : c;
      order = order == null ? c : order.thenComparing(c);
    }
    List<Map<String, Object>> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    return sorted;
  }

  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    return a.toString().compareTo(b.toString());
  }
}
