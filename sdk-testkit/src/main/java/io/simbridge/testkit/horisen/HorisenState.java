package io.simbridge.testkit.horisen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HORISEN emulator's data: the tokens issued and when they expire, whether pages carry
 * links, and the report rows, generated the same way on every call. Touched one request at a time
 * (the emulator's lock).
 */
final class HorisenState {
  private static final String[][] COUNTRIES = {
    {"1", "Switzerland", "CH", "228", "01", "11", "Swisscom"},
    {"2", "Germany", "DE", "262", "02", "21", "Vodafone D2"},
    {"3", "Serbia", "RS", "220", "05", "31", "A1 Srbija"}
  };
  private static final String[][] CUSTOMERS = {
    {"101", "Acme, \"Intl\" Ltd", "ACME-1"}, {"102", "Globex", "GLBX-7"}
  };
  private static final String[][] SUPPLIERS = {
    {"201", "Tier1 Carrier", "T1-9"}, {"202", "Budget Route", "BR-3"}
  };

  private final int reportRows;
  private final Duration tokenLifetime;
  private final Map<String, Instant> tokens = new HashMap<>();
  boolean pageLinks;

  HorisenState(int reportRows, Duration tokenLifetime, boolean pageLinks) {
    this.reportRows = reportRows;
    this.tokenLifetime = tokenLifetime;
    this.pageLinks = pageLinks;
  }

  /** Forgets every token issued; the page-link setting stays as last set. */
  void revokeTokens() {
    tokens.clear();
  }

  Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** Issues a token valid from {@code now} for the token lifetime. */
  String issueToken(Instant now) {
    String token = "tok-" + UUID.randomUUID();
    tokens.put(token, now.plus(tokenLifetime));
    return token;
  }

  /** Whether a bearer token was issued and has not expired at {@code now}. */
  boolean valid(String token, Instant now) {
    Instant expiry = tokens.get(token);
    return expiry != null && now.isBefore(expiry);
  }

  /** The rows of a customer or control report (invoice 0: a period report). */
  List<Map<String, Object>> rows(boolean customer, LocalDate from, LocalDate to, long invoice) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < reportRows; i++) {
      String[] c = COUNTRIES[i % COUNTRIES.length];
      String[] party = customer ? CUSTOMERS[i % CUSTOMERS.length] : SUPPLIERS[i % SUPPLIERS.length];
      LocalDate day = from.plusDays(i % Math.max(1, ChronoUnit.DAYS.between(from, to) + 1));
      long count = 100L + 37L * i;
      BigDecimal price =
          new BigDecimal(customer ? "0.0450" : "0.0310")
              .add(new BigDecimal(i % 5).movePointLeft(3));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(customer ? "customerId" : "supplierId", Long.parseLong(party[0]));
      if (invoice == 0) {
        row.put(customer ? "customerBriefName" : "supplierBriefName", party[1]);
        row.put(customer ? "customerExtRefId" : "supplierExtRefId", party[2]);
      }
      row.put("billingAccountId", 500L + i % 3);
      row.put("billingAccountName", "Pricing " + (char) ('A' + i % 3));
      row.put("countryId", Long.parseLong(c[0]));
      row.put("countryName", c[1]);
      row.put("countryCode2", c[2]);
      row.put("operatorId", Long.parseLong(c[5]));
      row.put("operatorName", c[6]);
      row.put(customer ? "inSmsCnt" : "outSmsCnt", count);
      row.put(customer ? "sellPrice" : "buyPrice", price);
      if (invoice != 0) {
        row.put(
            customer ? "sellPriceSinceDt" : "buyPriceSinceDt",
            day.minusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString());
      }
      row.put(customer ? "sellCurrency" : "buyCurrency", 978L);
      row.put(customer ? "sellCurrencyCode" : "buyCurrencyCode", "EUR");
      row.put("mcc", c[3]);
      row.put("mnc", c[4]);
      row.put("startDt", day.atStartOfDay().atOffset(ZoneOffset.UTC).toString());
      row.put("endDt", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString());
      row.put(
          "totalAmount",
          price.multiply(BigDecimal.valueOf(count)).setScale(4, RoundingMode.HALF_UP));
      out.add(row);
    }
    return out;
  }

  /** The overall report's facts, one per period, country and customer, before grouping. */
  List<Map<String, Object>> overallFacts(OffsetDateTime start, OffsetDateTime end, boolean hourly) {
    List<Map<String, Object>> out = new ArrayList<>();
    Instant from = start.toInstant().truncatedTo(hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS);
    int n = 0;
    for (Instant t = from;
        t.isBefore(end.toInstant());
        t = t.plus(1, hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS)) {
      for (String[] c : COUNTRIES) {
        for (int k = 0; k < CUSTOMERS.length; k++) {
          String[] cust = CUSTOMERS[k];
          String[] sup = SUPPLIERS[(k + n) % SUPPLIERS.length];
          long in = 50L + 13L * (n % 17);
          long outCnt = in - n % 3;
          BigDecimal sell = new BigDecimal("0.0450");
          BigDecimal buy = new BigDecimal("0.0310");
          BigDecimal sellAmount = sell.multiply(BigDecimal.valueOf(in));
          BigDecimal buyAmount = buy.multiply(BigDecimal.valueOf(outCnt));
          BigDecimal intCost = new BigDecimal("0.0100");
          Map<String, Object> f = new LinkedHashMap<>();
          f.put("msgDate", LocalDate.ofInstant(t, ZoneOffset.UTC).toString());
          if (hourly) {
            f.put("msgDt", t.atOffset(ZoneOffset.UTC).toString());
          }
          f.put("accountDim", 10L + k);
          f.put("billingAccountDim", 20L + k);
          f.put("customerDim", 30L + k);
          f.put("countryId", Long.parseLong(c[0]));
          f.put("operatorDim", Long.parseLong(c[5]) * 10);
          f.put("gateDim", 40L + (k + n) % 2);
          f.put("billingGateDim", 50L + (k + n) % 2);
          f.put("sellPrice", sell);
          f.put("sellAmount", sellAmount);
          f.put("sellCurrency", 978L);
          f.put("sellCurrencyCode", "EUR");
          f.put("inSmsCnt", in);
          f.put("inBilledSmsCnt", in);
          f.put("buyPrice", buy);
          f.put("buyAmount", buyAmount);
          f.put("buyCurrency", 978L);
          f.put("buyCurrencyCode", "EUR");
          f.put("outSmsCnt", outCnt);
          f.put("outBilledSmsCnt", outCnt);
          f.put("currency", "978");
          f.put("currencyCode", "EUR");
          f.put("sellAmountInCurr", sellAmount);
          f.put("buyAmountInCurr", buyAmount);
          f.put("intCost", intCost);
          f.put("intRequestCnt", in / 10);
          f.put("profit", sellAmount.subtract(buyAmount).subtract(intCost));
          f.put("stProcessingCnt", 0L);
          f.put("stSentCnt", outCnt);
          f.put("stRejectNackCnt", in - outCnt);
          f.put("stRejectRulesCnt", 0L);
          f.put("stErrorCnt", 0L);
          f.put("stUnknownCnt", 0L);
          f.put("customerId", Long.parseLong(cust[0]));
          f.put("customerBriefName", cust[1]);
          f.put("billingAccountId", 500L + k);
          f.put("billingAccountName", "Pricing " + (char) ('A' + k));
          f.put("supplierId", Long.parseLong(sup[0]));
          f.put("supplierBriefName", sup[1]);
          f.put("gateBillingAccountId", 600L + (k + n) % 2);
          f.put("gateBillingAccountName", "Supplier pricing " + ((k + n) % 2 + 1));
          f.put("accountId", 700L + k);
          f.put("accountName", cust[1] + " SMPP");
          f.put("gateId", 800L + (k + n) % 2);
          f.put("gateName", sup[1] + " gateway");
          f.put("countryName", c[1]);
          f.put("countryCode2", c[2]);
          f.put("operatorId", Long.parseLong(c[5]));
          f.put("operatorName", c[6]);
          f.put("mcc", c[3]);
          f.put("mnc", c[4]);
          f.put("isMobile", "yes");
          out.add(f);
        }
      }
      n++;
    }
    return out;
  }
}
