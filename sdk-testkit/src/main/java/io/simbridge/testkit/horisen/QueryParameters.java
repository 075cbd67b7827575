package io.simbridge.testkit.horisen;

import io.simbridge.testkit.EmulatedRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a HORISEN request's query parameters the way the API checks them, including the URL
 * filter language; a wrong or missing one is an {@link ApiError}.
 */
final class QueryParameters {
  /** The prefix of the overall report's error codes. */
  static final String PREFIX = "BULK_TRAFFIC_REPORT_API_V2:";

  private static final Pattern FILTER = Pattern.compile("([a-z]+)\\((\\w+)\\)");
  private static final Set<String> RESERVED =
      Set.of(
          "startDate",
          "endDate",
          "startDt",
          "endDt",
          "outputFormat",
          "page_number",
          "page_size",
          "grain",
          "embed",
          "groupBy",
          "sort",
          "q");

  private QueryParameters() {}

  /** Applies the URL filter language: {@code operator(field)=value}, {@code field=value}, {@code q}. */
  static List<Map<String, Object>> filter(List<Map<String, Object>> rows, EmulatedRequest r) {
    Predicate<Map<String, Object>> keep = row -> true;
    for (Map.Entry<String, List<String>> p : r.queryParameters().entrySet()) {
      String key = p.getKey();
      String value = p.getValue().get(0);
      if (key.equals("q")) {
        String needle = value.toLowerCase(Locale.ROOT);
        keep =
            keep.and(
                row ->
                    row.values().stream()
                        .anyMatch(
                            v ->
                                v instanceof String s
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
        throw new ApiError(
            400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'unknown field'");
      }
      keep = keep.and(row -> matches(operator, row.get(field), value, key));
    }
    return rows.stream().filter(keep).toList();
  }

  private static boolean matches(String op, Object actual, String value, String key) {
    String a =
        actual == null
            ? null
            : actual instanceof BigDecimal d ? d.toPlainString() : actual.toString();
    List<String> values = List.of(value.split(",", -1));
    return switch (op) {
      case "isnull" -> a == null;
      case "isnotnull" -> a != null;
      case "isempty" -> a == null || a.isEmpty();
      case "isnotempty" -> a != null && !a.isEmpty();
      case "eq" -> value.equals(a);
      case "neq" -> !value.equals(a);
      case "startswith" ->
          a != null && a.toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT));
      case "endswith" ->
          a != null && a.toLowerCase(Locale.ROOT).endsWith(value.toLowerCase(Locale.ROOT));
      case "contains" ->
          a != null && a.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "doesnotcontain" ->
          a == null || !a.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "lt", "lte", "gt", "gte" -> {
        int c = compare(a, value);
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
          throw new ApiError(
              400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'needs two values'");
        }
        boolean inside = compare(a, values.get(0)) >= 0 && compare(a, values.get(1)) <= 0;
        yield op.equals("between") == inside;
      }
      default ->
          throw new ApiError(
              400, "REQUEST_ERROR", "Query parameter: '" + key + "' error: 'unknown operator'");
    };
  }

  private static int compare(String actual, String value) {
    if (actual == null) {
      return -1;
    }
    try {
      return new BigDecimal(actual).compareTo(new BigDecimal(value));
    } catch (NumberFormatException e) {
      return actual.compareTo(value);
    }
  }

  static int positive(EmulatedRequest r, String name, int dflt) {
    Optional<String> v = r.query(name);
    try {
      int n = v.map(Integer::parseInt).orElse(dflt);
      if (n < 1 || n > 1000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(
          400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'must be 1 to 1000'");
    }
  }

  static List<String> list(EmulatedRequest r, String name) {
    return r.query(name).map(v -> List.of(v.split(","))).orElse(List.of()).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static LocalDate date(EmulatedRequest r, String name) {
    String v =
        r.query(name)
            .orElseThrow(
                () ->
                    new ApiError(
                        400,
                        "REQUEST_ERROR",
                        "Query parameter: '" + name + "' error: 'is required'"));
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(
          400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'not a date'");
    }
  }

  static OffsetDateTime dateTime(
      EmulatedRequest r, String name, String missingCode, String missingMessage) {
    String v =
        r.query(name).orElseThrow(() -> new ApiError(400, PREFIX + missingCode, missingMessage));
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(
          400, "REQUEST_ERROR", "Query parameter: '" + name + "' error: 'not a date-time'");
    }
  }

  /** An error answer, in the API's {@code {"Code": ..., "Message": ...}} form. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }
}
