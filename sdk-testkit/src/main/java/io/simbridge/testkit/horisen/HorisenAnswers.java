package io.simbridge.testkit.horisen;

import static io.simbridge.testkit.horisen.HorisenEmulator.CLIENT_ID;
import static io.simbridge.testkit.horisen.HorisenEmulator.CLIENT_SECRET;
import static io.simbridge.testkit.horisen.HorisenEmulator.CONTROL_INVOICE_REPORTS;
import static io.simbridge.testkit.horisen.HorisenEmulator.CONTROL_REPORTS;
import static io.simbridge.testkit.horisen.HorisenEmulator.CUSTOMER_INVOICE_REPORTS;
import static io.simbridge.testkit.horisen.HorisenEmulator.CUSTOMER_REPORTS;
import static io.simbridge.testkit.horisen.HorisenEmulator.OVERALL_REPORTS;
import static io.simbridge.testkit.horisen.QueryParameters.date;
import static io.simbridge.testkit.horisen.QueryParameters.filter;
import static io.simbridge.testkit.horisen.QueryParameters.positive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.testkit.EmulatedRequest;
import io.simbridge.testkit.EmulatedResponse;
import io.simbridge.testkit.horisen.QueryParameters.ApiError;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HORISEN emulator's answers: the token endpoint and the five report endpoints over the
 * {@link HorisenState}'s rows, as JSON pages (snake_case metadata with links, camelCase for the
 * overall report, whose rows {@link OverallReport} computes) or CSV, and errors in the API's
 * {@code {"Code": ..., "Message": ...}} form.
 */
final class HorisenAnswers {
  /** An invoice report's path, naming its kind and invoice id. */
  static final Pattern INVOICE =
      Pattern.compile(".*/(customer|control)-invoices/(\\d+)/traffic-reports");

  private final ObjectMapper json = new ObjectMapper();
  private final HorisenState state;
  private final Clock clock;
  private final int defaultPageSize;
  private final Supplier<String> baseUrl;

  HorisenAnswers(HorisenState state, Clock clock, int defaultPageSize, Supplier<String> baseUrl) {
    this.state = state;
    this.clock = clock;
    this.defaultPageSize = defaultPageSize;
    this.baseUrl = baseUrl;
  }

  /** Answers a call with a valid token. */
  EmulatedResponse answer(String op, EmulatedRequest r) {
    try {
      return switch (op) {
        case CUSTOMER_INVOICE_REPORTS, CONTROL_INVOICE_REPORTS -> invoiceReport(op, r);
        case CUSTOMER_REPORTS, CONTROL_REPORTS -> periodReport(op, r);
        case OVERALL_REPORTS -> page(r, OverallReport.rows(state, r), true);
        default -> throw new IllegalStateException(op);
      };
    } catch (ApiError e) {
      return error(e.status, e.code, e.getMessage());
    }
  }

  /** Answers the token endpoint: a bearer token for the right client credentials. */
  EmulatedResponse token(EmulatedRequest r) {
    if (!"client_credentials".equals(r.field("grant_type").orElse(null))
        || !CLIENT_ID.equals(r.field("client_id").orElse(null))
        || !CLIENT_SECRET.equals(r.field("client_secret").orElse(null))) {
      return EmulatedResponse.json(
          401,
          "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication"
              + " failed\"}");
    }
    String token = state.issueToken(clock.instant());
    return EmulatedResponse.json(
        200,
        "{\"access_token\":\""
            + token
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + state.tokenLifetime().toSeconds()
            + "}");
  }

  // ---- customer and control reports ------------------------------------------------------------

  private EmulatedResponse invoiceReport(String op, EmulatedRequest r) {
    Matcher m = INVOICE.matcher(r.path());
    if (!m.matches()) {
      throw new IllegalStateException(r.path());
    }
    long invoice = Long.parseLong(m.group(2));
    boolean customer = op.equals(CUSTOMER_INVOICE_REPORTS);
    LocalDate start = LocalDate.of(2024, 10, 1);
    List<Map<String, Object>> rows =
        invoice >= 1 && invoice <= 3
            ? state.rows(customer, start, start.plusDays(30), invoice)
            : List.of();
    return page(r, filter(rows, r), false);
  }

  private EmulatedResponse periodReport(String op, EmulatedRequest r) {
    LocalDate from = date(r, "startDate");
    LocalDate to = date(r, "endDate");
    if (from.isAfter(to)) {
      throw new ApiError(
          400, "REQUEST_ERROR", "Query parameter: 'startDate' error: 'must not be after endDate'");
    }
    boolean customer = op.equals(CUSTOMER_REPORTS);
    List<Map<String, Object>> rows = filter(state.rows(customer, from, to, 0), r);
    String format = r.query("outputFormat").orElse("json");
    if (format.equals("csv")) {
      return EmulatedResponse.csv(csv(customer, rows));
    }
    if (!format.equals("json")) {
      throw new ApiError(
          400, "REQUEST_ERROR", "Query parameter: 'outputFormat' error: 'must be json or csv'");
    }
    return page(r, rows, false);
  }

  private static String csv(boolean customer, List<Map<String, Object>> rows) {
    String who = customer ? "CUSTOMER" : "SUPPLIER";
    StringBuilder out =
        new StringBuilder(
            who
                + "_ID,"
                + who
                + "_NAME,"
                + who
                + "_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,"
                + "AMOUNT\r\n");
    String p = customer ? "customer" : "supplier";
    for (Map<String, Object> row : rows) {
      List<Object> cells =
          List.of(
              row.get(p + "Id"),
              row.get(p + "BriefName"),
              row.get(p + "ExtRefId"),
              row.get("billingAccountId"),
              row.get("billingAccountName"),
              row.get("countryName"),
              row.get("operatorName"),
              row.get("mcc"),
              row.get("mnc"),
              LocalDate.parse(row.get("startDt").toString().substring(0, 10))
                  .withDayOfMonth(1)
                  .toString()
                  .substring(0, 7),
              row.get(customer ? "inSmsCnt" : "outSmsCnt"),
              row.get(customer ? "sellCurrencyCode" : "buyCurrencyCode"),
              row.get(customer ? "sellPrice" : "buyPrice"),
              row.get("totalAmount"));
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

  private EmulatedResponse page(
      EmulatedRequest r, List<Map<String, Object>> rows, boolean camelCase) {
    int number = positive(r, "page_number", 1);
    int size = positive(r, "page_size", defaultPageSize);
    int totalPages = Math.max(1, (rows.size() + size - 1) / size);
    List<Map<String, Object>> page =
        rows.stream().skip((long) (number - 1) * size).limit(size).toList();
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("total", rows.size());
    pagination.put("count", page.size());
    pagination.put(camelCase ? "perPage" : "per_page", size);
    pagination.put(camelCase ? "currentPage" : "current_page", number);
    pagination.put(camelCase ? "totalPages" : "total_pages", totalPages);
    if (!camelCase) {
      Map<String, Object> links = new LinkedHashMap<>();
      if (state.pageLinks) {
        links.put("first", link(r, 1, size));
        links.put("last", link(r, totalPages, size));
        links.put("prev", number > 1 ? link(r, number - 1, size) : null);
        links.put("next", number < totalPages ? link(r, number + 1, size) : null);
      }
      pagination.put("links", links);
    }
    try {
      return EmulatedResponse.json(
          200,
          json.writeValueAsString(Map.of("data", page, "meta", Map.of("pagination", pagination))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String link(EmulatedRequest r, int number, int size) {
    StringBuilder q = new StringBuilder();
    r.queryParameters()
        .forEach(
            (k, vs) -> {
              if (!k.equals("page_number") && !k.equals("page_size")) {
                vs.forEach(
                    v ->
                        q.append(q.length() == 0 ? "" : "&")
                            .append(enc(k))
                            .append('=')
                            .append(enc(v)));
              }
            });
    q.append(q.length() == 0 ? "" : "&")
        .append("page_number=")
        .append(number)
        .append("&page_size=")
        .append(size);
    return baseUrl.get() + r.path() + "?" + q;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%28", "(")
        .replace("%29", ")");
  }

  /** An error answer, in the API's form. */
  EmulatedResponse error(int status, String code, String message) {
    try {
      return EmulatedResponse.json(
          status, json.writeValueAsString(Map.of("Code", code, "Message", message)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
