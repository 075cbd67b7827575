package io.simbridge.testkit.horisen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.ProviderEmulator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An emulator of the HORISEN Traffic Report API v2 and its OAuth2 token endpoint: client
 * credentials issue bearer tokens that expire on the emulator's clock, the five report endpoints
 * answer over generated rows with the URL filter language, paging (snake_case metadata with
 * links, camelCase for the overall report), JSON or CSV, and the overall report's grain, embed,
 * groupBy (with the documented automatic additions) and sort.
 *
 * <p>Give a client {@link #baseUrl()} as both its API base URL and its token host: the token
 * endpoint is {@code /oauth2/access-token}, the reports are under
 * {@code /bulk/traffic-report/v2} (recognised with or without that prefix). Credentials:
 * {@link #CLIENT_ID} and {@link #CLIENT_SECRET}.
 */
public final class HorisenEmulator extends ProviderEmulator<HorisenEmulator> {
  /** The client id the token endpoint accepts. */
  public static final String CLIENT_ID = "simbridge-client";
  /** The client secret the token endpoint accepts. */
  public static final String CLIENT_SECRET = "s3cr3t-Horisen-9f2";

  /** Operation names, for fault switches and request counts. */
  public static final String TOKEN = "accessToken";
  /** {@code GET /customer-invoices/{invoiceId}/traffic-reports}. */
  public static final String CUSTOMER_INVOICE_REPORTS = "customerInvoiceTrafficReports";
  /** {@code GET /customer-traffic-reports}. */
  public static final String CUSTOMER_REPORTS = "customerTrafficReports";
  /** {@code GET /control-invoices/{invoiceId}/traffic-reports}. */
  public static final String CONTROL_INVOICE_REPORTS = "controlInvoiceTrafficReports";
  /** {@code GET /control-traffic-reports}. */
  public static final String CONTROL_REPORTS = "controlTrafficReports";
  /** {@code GET /overall-traffic-reports}. */
  public static final String OVERALL_REPORTS = "overallTrafficReports";

  private static final String PREFIX = "BULK_TRAFFIC_REPORT_API_V2:";
  private static final Pattern INVOICE = Pattern.compile(".*/(customer|control)-invoices/(\\d+)/traffic-reports");
  private static final Pattern FILTER = Pattern.compile("([a-z]+)\\((\\w+)\\)");
  private static final Set<String> RESERVED = Set.of("startDate", "endDate", "startDt", "endDt", "outputFormat",
      "page_number", "page_size", "grain", "embed", "groupBy", "sort", "q");

  /** The overall report's groupable properties (the doc's "GroupBy available properties"). */
  public static final Set<String> OVERALL_GROUPABLE = Set.of("msgDate", "accountDim", "billingAccountDim",
      "customerDim", "countryId", "operatorDim", "gateDim", "billingGateDim", "sellPrice", "sellCurrency", "buyPrice",
      "buyCurrency", "currency", "customerId", "customerBriefName", "billingAccountId", "billingAccountName",
      "supplierId", "supplierBriefName", "gateBillingAccountId", "gateBillingAccountName", "accountId", "accountName",
      "gateId", "gateName", "countryName", "countryCode2", "operatorId", "operatorName", "currencyCode",
      "sellCurrencyCode", "buyCurrencyCode", "mcc", "mnc", "isMobile", "msgDt");
  /** The overall report's aggregated properties. */
  public static final Set<String> OVERALL_AGGREGATED = Set.of("sellAmount", "inSmsCnt", "inBilledSmsCnt",
      "buyAmount", "outSmsCnt", "outBilledSmsCnt", "sellAmountInCurr", "buyAmountInCurr", "intRequestCnt", "profit",
      "stProcessingCnt", "stSentCnt", "stRejectNackCnt", "stRejectRulesCnt", "stErrorCnt", "stUnknownCnt", "intCost");
  private static final List<String> OVERALL_DEFAULT_EMBED = List.of("msgDate", "customerId", "customerBriefName",
      "billingAccountId", "billingAccountName", "accountId", "accountName", "supplierId", "supplierBriefName",
      "gateBillingAccountId", "gateBillingAccountName", "gateId", "gateName", "countryId", "countryCode2", "operatorId",
      "operatorName", "sellPrice", "sellAmount", "sellCurrencyCode", "sellAmountInCurr", "buyPrice", "buyAmount",
      "buyCurrencyCode", "buyAmountInCurr", "profit", "currencyCode", "inSmsCnt", "inBilledSmsCnt", "outSmsCnt",
      "outBilledSmsCnt", "intCost", "intRequestCnt", "stProcessingCnt", "stSentCnt", "stRejectNackCnt",
      "stRejectRulesCnt", "stErrorCnt", "stUnknownCnt", "mcc", "mnc");
  private static final String[][] COUNTRIES = {
      {"1", "Switzerland", "CH", "228", "01", "11", "Swisscom"},
      {"2", "Germany", "DE", "262", "02", "21", "Vodafone D2"},
      {"3", "Serbia", "RS", "220", "05", "31", "A1 Srbija"}};
  private static final String[][] CUSTOMERS = {
      {"101", "Acme, \"Intl\" Ltd", "ACME-1"}, {"102", "Globex", "GLBX-7"}};
  private static final String[][] SUPPLIERS = {{"201", "Tier1 Carrier", "T1-9"}, {"202", "Budget Route", "BR-3"}};

  private final ObjectMapper json = new ObjectMapper();
  private final int reportRows;
  private final Duration tokenLifetime;
  private final int defaultPageSize;
  private final Map<String, Instant> tokens = new HashMap<>();
  private boolean nextPageLinks;

  /** An emulator with the defaults of {@link #builder()}. */
  public HorisenEmulator() {
    this(builder());
  }

  private HorisenEmulator(Builder b) {
    super(b.clock);
    this.reportRows = b.reportRows;
    this.tokenLifetime = b.tokenLifetime;
    this.defaultPageSize = b.defaultPageSize;
    this.nextPageLinks = b.pageLinks;
  }

  /** @return a builder: 25 rows per customer and control report, tokens valid 1 hour, pages of 10 */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String providerId() {
    return "horisen";
  }

  /** @return the client id to configure a client with */
  public String clientId() {
    return CLIENT_ID;
  }

  /** @return the client secret to configure a client with */
  public String clientSecret() {
    return CLIENT_SECRET;
  }

  /** @return the token URL, on this emulator */
  public String tokenUrl() {
    return baseUrl() + "/oauth2/access-token";
  }

  /** Revokes every token issued so far, as if they had expired; the next call gets a 401. */
  public synchronized void revokeTokens() {
    tokens.clear();
  }

  /**
   * @param links whether pages carry {@code links.next} (true, the default) or only numbers, so
   *              that clients must ask for the next page by {@code page_number}
   */
  public synchronized void paginationLinks(boolean links) {
    this.nextPageLinks = links;
  }

  @Override
  protected Optional<String> operationOf(EmulatedRequest r) {
    String p = r.path();
    if (r.method().equals("POST") && p.endsWith("/oauth2/access-token")) {
      return Optional.of(TOKEN);
    }
    if (!r.method().equals("GET")) {
      return Optional.empty();
    }
    Matcher m = INVOICE.matcher(p);
    if (m.matches()) {
      return Optional.of(m.group(1).equals("customer") ? CUSTOMER_INVOICE_REPORTS : CONTROL_INVOICE_REPORTS);
    }
    if (p.endsWith("/customer-traffic-reports")) {
      return Optional.of(CUSTOMER_REPORTS);
    }
    if (p.endsWith("/control-traffic-reports")) {
      return Optional.of(CONTROL_REPORTS);
    }
    return p.endsWith("/overall-traffic-reports") ? Optional.of(OVERALL_REPORTS) : Optional.empty();
  }

  @Override
  protected void resetState() {
    tokens.clear();
  }

  @Override
  protected EmulatedResponse handle(String op, EmulatedRequest r) {
    if (op.equals(TOKEN)) {
      return token(r);
    }
    String auth = r.header("Authorization").orElse("");
    Instant expiry = auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
    if (expiry == null || !clock().instant().isBefore(expiry)) {
      return error(401, "NOT_AUTHORIZED", "Not authorized.");
    }
    try {
      return switch (op) {
        case CUSTOMER_INVOICE_REPORTS, CONTROL_INVOICE_REPORTS -> invoiceReport(op, r);
        case CUSTOMER_REPORTS, CONTROL_REPORTS -> periodReport(op, r);
        case OVERALL_REPORTS -> overall(r);
        default -> throw new IllegalStateException(op);
      };
    } catch (ApiError e) {
      return error(e.status, e.code, e.getMessage());
    }
  }

  private EmulatedResponse token(EmulatedRequest r) {
    if (!"client_credentials".equals(r.field("grant_type").orElse(null))
        || !CLIENT_ID.equals(r.field("client_id").orElse(null))
        || !CLIENT_SECRET.equals(r.field("client_secret").orElse(null))) {
      return EmulatedResponse.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication"
          + " failed\"}");
    }
    String token = "tok-" + UUID.randomUUID();
    tokens.put(token, clock().instant().plus(tokenLifetime));
    return EmulatedResponse.json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + tokenLifetime.toSeconds() + "}");
  }

  // ---- customer and control reports ------------------------------------------------------------

  private List<Map<String, Object>> rows(boolean customer, LocalDate from, LocalDate to, long invoice) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < reportRows; i++) {
      String[] c = COUNTRIES[i % COUNTRIES.length];
      String[] party = customer ? CUSTOMERS[i % CUSTOMERS.length] : SUPPLIERS[i % SUPPLIERS.length];
      LocalDate day = from.plusDays(i % Math.max(1, ChronoUnit.DAYS.between(from, to) + 1));
      long count = 100L + 37L * i;
      BigDecimal price = new BigDecimal(customer ? "0.0450" : "0.0310").add(new BigDecimal(i % 5).movePointLeft(3));
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
        row.put(customer ? "sellPriceSinceDt" : "buyPriceSinceDt", day.minusMonths(1).atStartOfDay()
            .atOffset(ZoneOffset.UTC).toString());
      }
      row.put(customer ? "sellCurrency" : "buyCurrency", 978L);
      row.put(customer ? "sellCurrencyCode" : "buyCurrencyCode", "EUR");
      row.put("mcc", c[3]);
      row.put("mnc", c[4]);
      row.put("startDt", day.atStartOfDay().atOffset(ZoneOffset.UTC).toString());
      row.put("endDt", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString());
      row.put("totalAmount", price.multiply(BigDecimal.valueOf(count)).setScale(4, RoundingMode.HALF_UP));
      out.add(row);
    }
    return out;
  }

  private EmulatedResponse invoiceReport(String op, EmulatedRequest r) {
    Matcher m = INVOICE.matcher(r.path());
    if (!m.matches()) {
      throw new IllegalStateException(r.path());
    }
    long invoice = Long.parseLong(m.group(2));
    boolean customer = op.equals(CUSTOMER_INVOICE_REPORTS);
    LocalDate start = LocalDate.of(2024, 10, 1);
    List<Map<String, Object>> rows = invoice >= 1 && invoice <= 3 ? rows(customer, start, start.plusDays(30), invoice)
        : List.of();
    return page(r, filter(rows, r), false);
  }

  private EmulatedResponse periodReport(String op, EmulatedRequest r) {
    LocalDate from = date(r, "startDate");
    LocalDate to = date(r, "endDate");
    if (from.isAfter(to)) {
      throw new ApiError(400, "REQUEST_ERROR", "Query parameter: 'startDate' error: 'must not be after endDate'");
    }
    boolean customer = op.equals(CUSTOMER_REPORTS);
    List<Map<String, Object>> rows = filter(rows(customer, from, to, 0), r);
    String format = r.query("outputFormat").orElse("json");
    if (format.equals("csv")) {
      return EmulatedResponse.csv(csv(customer, rows));
    }
    if (!format.equals("json")) {
      throw new ApiError(400, "REQUEST_ERROR", "Query parameter: 'outputFormat' error: 'must be json or csv'");
    }
    return page(r, rows, false);
  }

  private static String csv(boolean customer, List<Map<String, Object>> rows) {
    String who = customer ? "CUSTOMER" : "SUPPLIER";
    StringBuilder out = new StringBuilder(who + "_ID," + who + "_NAME," + who
        + "_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,"
        + "AMOUNT\r\n");
    String p = customer ? "customer" : "supplier";
    for (Map<String, Object> row : rows) {
      List<Object> cells = List.of(row.get(p + "Id"), row.get(p + "BriefName"), row.get(p + "ExtRefId"),
          row.get("billingAccountId"), row.get("billingAccountName"), row.get("countryName"), row.get("operatorName"),
          row.get("mcc"), row.get("mnc"),
          LocalDate.parse(row.get("startDt").toString().substring(0, 10)).withDayOfMonth(1).toString().substring(0, 7),
          row.get(customer ? "inSmsCnt" : "outSmsCnt"), row.get(customer ? "sellCurrencyCode" : "buyCurrencyCode"),
          row.get(customer ? "sellPrice" : "buyPrice"), row.get("totalAmount"));
      StringBuilder line = new StringBuilder();
      for (Object cell : cells) {
        String v = cell instanceof BigDecimal d ? d.toPlainString() : String.valueOf(cell);
        line.append(line.length() == 0 ? "" : ",")
            .append(v.matches("[^,\"\\r\\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"");
      }
      out.append(line).append("\r\n");
    }
    return out.toString();
  }

  // ---- overall report --------------------------------------------------------------------------

  private EmulatedResponse overall(EmulatedRequest r) {
    OffsetDateTime start = dateTime(r, "startDt", "START_DT_MISSING", "The startDt parameter is required.");
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
      throw new ApiError(500, PREFIX + "MAX_EXECUTION_TIME_EXCEEDED",
          "For the requested parameters maximum execution time has been exceeded.");
    }
    LinkedHashSet<String> embed = new LinkedHashSet<>(list(r, "embed"));
    for (String e : embed) {
      if (!(OVERALL_GROUPABLE.contains(e) || OVERALL_AGGREGATED.contains(e)) || (e.equals("msgDt") && !hourly)) {
        throw new ApiError(400, PREFIX + "UNSUPPORTED_EMBEDDED_FIELD", "Requested embedded field is not supported.");
      }
    }
    LinkedHashSet<String> groupBy = new LinkedHashSet<>(list(r, "groupBy"));
    for (String g : groupBy) {
      if (!OVERALL_GROUPABLE.contains(g) || (g.equals("msgDt") && !hourly)) {
        throw new ApiError(400, PREFIX + "UNSUPPORTED_GROUP_BY_FIELD", "Requested group by field is not supported.");
      }
    }
    if (embed.isEmpty()) {
      embed.addAll(OVERALL_DEFAULT_EMBED);
      if (hourly) {
        embed.add("msgDt");
      }
    }
    List<Map<String, Object>> facts = filter(overallFacts(start, end, hourly), r);
    List<Map<String, Object>> rows;
    if (groupBy.isEmpty()) {
      rows = facts.stream().map(f -> project(f, embed)).toList();
    } else {
      applyGroupByRules(embed, groupBy);
      rows = group(facts, groupBy, embed);
    }
    rows = sort(rows, list(r, "sort"));
    return page(r, rows, true);
  }

  /** The documented GroupBy rules: what the API adds to groupBy (and embed) by itself. */
  static void applyGroupByRules(Set<String> embed, Set<String> groupBy) {
    for (String e : embed) {
      if (OVERALL_GROUPABLE.contains(e)) {
        groupBy.add(e);
      }
    }
    if (embed.contains("sellAmount") && !groupBy.contains("sellCurrency") && !groupBy.contains("sellCurrencyCode")) {
      groupBy.add("sellCurrencyCode");
      embed.add("sellCurrencyCode");
    }
    if (embed.contains("buyAmount") && !groupBy.contains("buyCurrency") && !groupBy.contains("buyCurrencyCode")) {
      groupBy.add("buyCurrencyCode");
      embed.add("buyCurrencyCode");
    }
    if ((embed.contains("sellAmountInCurr") || embed.contains("buyAmountInCurr") || embed.contains("profit")
        || embed.contains("intCost")) && !groupBy.contains("currency") && !groupBy.contains("currencyCode")) {
      groupBy.add("currencyCode");
      embed.add("currencyCode");
    }
  }

  private List<Map<String, Object>> overallFacts(OffsetDateTime start, OffsetDateTime end, boolean hourly) {
    List<Map<String, Object>> out = new ArrayList<>();
    Instant from = start.toInstant().truncatedTo(hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS);
    int n = 0;
    for (Instant t = from; t.isBefore(end.toInstant()); t = t.plus(1, hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS)) {
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

  private static Map<String, Object> project(Map<String, Object> fact, Set<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(f -> {
      if (fact.containsKey(f)) {
        out.put(f, fact.get(f));
      }
    });
    return out;
  }

  /** Groups facts by the groupBy fields, summing the aggregated ones; shows embed and groupBy fields. */
  private static List<Map<String, Object>> group(List<Map<String, Object>> facts, Set<String> groupBy,
      Set<String> embed) {
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
        throw new ApiError(400, "REQUEST_ERROR", "Query parameter: 'sort' error: 'unsupported field " + field + "'");
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

  // ---- filters and paging ----------------------------------------------------------------------

  /** Applies the URL filter language: {@code operator(field)=value}, {@code field=value}, {@code q}. */
  private static List<Map<String, Object>> filter(List<Map<String, Object>> rows, EmulatedRequest r) {
    Predicate<Map<String, Object>> keep = row -> true;
    for (Map.Entry<String, List<String>> p : r.queryParameters().entrySet()) {
      String key = p.getKey();
      String value = p.getValue().get(0);
      if (key.equals("q")) {
        String needle = value.toLowerCase(Locale.ROOT);
        keep = keep.and(row -> row.values().stream().anyMatch(v -> v instanceof String s
            && s.toLowerCase(Locale.ROOT).contains(needle)));
        continue;
      }
      if (RESERVED.contains(key)) {
        continue;
      }
      Matcher m = FILTER.matcher(key);
      String operator = m.matches() ? m.group(1) : "eq";
      String field = m.matches() ? m.group(2) : key;
      if (!rows.isEmpty() && rows.stream().noneMatch(row -> row.containsKey(field))) {
        throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'unknown field'");
      }
      keep = keep.and(row -> matches(operator, row.get(field), value, key));
    }
    return rows.stream().filter(keep).toList();
  }

  private static boolean matches(String op, Object actual, String value, String key) {
    String a = actual == null ? null : actual instanceof BigDecimal d ? d.toPlainString() : actual.toString();
    List<String> values = List.of(value.split(",", -1));
    return switch (op) {
      case "isnull" -> a == null;
      case "isnotnull" -> a != null;
      case "isempty" -> a == null || a.isEmpty();
      case "isnotempty" -> a != null && !a.isEmpty();
      case "eq" -> value.equals(a);
      case "neq" -> !value.equals(a);
      case "startswith" -> a != null && a.toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT));
      case "endswith" -> a != null && a.toLowerCase(Locale.ROOT).endsWith(value.toLowerCase(Locale.ROOT));
      case "contains" -> a != null && a.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "doesnotcontain" -> a == null || !a.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "lt", "lte", "gt", "gte" -> {
        int c = compare(a, value, key);
        yield switch (op) {
          case "lt" -> c < 0;
          case "lte" -> c <= 0;
          case "gt" -> c > 0;
          default -> c >= 0;
        };
      }
      case "in" -> values.contains(a);
      case "notin" -> !values.contains(a);
      case "between", "notbetween" -> {
        if (values.size() != 2) {
          throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'needs two values'");
        }
        boolean inside = compare(a, values.get(0), key) >= 0 && compare(a, values.get(1), key) <= 0;
        yield op.equals("between") == inside;
      }
      default -> throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'unknown operator'");
    };
  }

  private static int compare(String actual, String value, String key) {
    if (actual == null) {
      return -1;
    }
    try {
      return new BigDecimal(actual).compareTo(new BigDecimal(value));
    } catch (NumberFormatException e) {
      return actual.compareTo(value);
    }
  }

  private EmulatedResponse page(EmulatedRequest r, List<Map<String, Object>> rows, boolean camelCase) {
    int number = positive(r, "page_number", 1);
    int size = positive(r, "page_size", defaultPageSize);
    int totalPages = Math.max(1, (rows.size() + size - 1) / size);
    List<Map<String, Object>> page = rows.stream().skip((long) (number - 1) * size).limit(size).toList();
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("total", rows.size());
    pagination.put("count", page.size());
    pagination.put(camelCase ? "perPage" : "per_page", size);
    pagination.put(camelCase ? "currentPage" : "current_page", number);
    pagination.put(camelCase ? "totalPages" : "total_pages", totalPages);
    if (!camelCase) {
      Map<String, Object> links = new LinkedHashMap<>();
      if (nextPageLinks) {
        links.put("first", link(r, 1, size));
        links.put("last", link(r, totalPages, size));
        links.put("prev", number > 1 ? link(r, number - 1, size) : null);
        links.put("next", number < totalPages ? link(r, number + 1, size) : null);
      }
      pagination.put("links", links);
    }
    try {
      return EmulatedResponse.json(200, json.writeValueAsString(Map.of("data", page,
          "meta", Map.of("pagination", pagination))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String link(EmulatedRequest r, int number, int size) {
    StringBuilder q = new StringBuilder();
    r.queryParameters().forEach((k, vs) -> {
      if (!k.equals("page_number") && !k.equals("page_size")) {
        vs.forEach(v -> q.append(q.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
      }
    });
    q.append(q.length() == 0 ? "" : "&").append("page_number=").append(number).append("&page_size=").append(size);
    return baseUrl() + r.path() + "?" + q;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%28", "(").replace("%29", ")");
  }

  private static int positive(EmulatedRequest r, String name, int dflt) {
    Optional<String> v = r.query(name);
    try {
      int n = v.map(Integer::parseInt).orElse(dflt);
      if (n < 1 || n > 1000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'must be 1 to 1000'");
    }
  }

  private static List<String> list(EmulatedRequest r, String name) {
    return r.query(name).map(v -> List.of(v.split(","))).orElse(List.of()).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  private static LocalDate date(EmulatedRequest r, String name) {
    String v = r.query(name).orElseThrow(() -> new ApiError(400, "REQUEST_ERROR",
        "Query parameter: '" + name + "' error: 'is required'"));
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'not a date'");
    }
  }

  private static OffsetDateTime dateTime(EmulatedRequest r, String name, String missingCode, String missingMessage) {
    String v = r.query(name).orElseThrow(() -> new ApiError(400, PREFIX + missingCode, missingMessage));
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'not a date-time'");
    }
  }

  private EmulatedResponse error(int status, String code, String message) {
    try {
      return EmulatedResponse.json(status, json.writeValueAsString(Map.of("Code", code, "Message", message)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An error answer, in the API's {@code {"Code": ..., "Message": ...}} form. */
  private static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  /** Builds a {@link HorisenEmulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private int reportRows = 25;
    private Duration tokenLifetime = Duration.ofHours(1);
    private int defaultPageSize = 10;
    private boolean pageLinks = true;

    private Builder() {}

    /** @param clock the emulator's time: token expiry is measured with it @return this builder */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @param rows rows of each customer and control report @return this builder */
    public Builder reportRows(int rows) {
      this.reportRows = rows;
      return this;
    }

    /** @param lifetime how long an issued token is valid @return this builder */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** @param size the page size when a request names none @return this builder */
    public Builder defaultPageSize(int size) {
      this.defaultPageSize = size;
      return this;
    }

    /** @param links whether pages carry {@code links.next} @return this builder */
    public Builder paginationLinks(boolean links) {
      this.pageLinks = links;
      return this;
    }

    /** @return the emulator, not started */
    public HorisenEmulator build() {
      return new HorisenEmulator(this);
    }
  }
}
