package io.simbridge.testkit.thingsmobile;

import static io.simbridge.testkit.thingsmobile.ThingsMobileState.MIB;

import io.simbridge.testkit.EmulatedRequest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the form fields of a Things Mobile request the way the API checks them; a wrong or
 * missing one is an {@link InputError}, answered with error code 20.
 */
final class FormFields {
  /** The API's date-time format, in requests and answers. */
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private FormFields() {}

  /** Page number and size from the request, with the documented defaults; {0, 0} when invalid. */
  static int[] paging(EmulatedRequest r, int defaultSize, int maxSize) {
    try {
      int page = Integer.parseInt(r.field("page").filter(v -> !v.isBlank()).orElse("1"));
      int size =
          Integer.parseInt(
              r.field("pageSize").filter(v -> !v.isBlank()).orElse(String.valueOf(defaultSize)));
      return page >= 1 && size >= 1 && size <= maxSize ? new int[] {page, size} : new int[] {0, 0};
    } catch (NumberFormatException e) {
      return new int[] {0, 0};
    }
  }

  static <T> List<T> page(List<T> all, int[] paging) {
    long from = (long) (paging[0] - 1) * paging[1];
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + paging[1]));
  }

  static String required(EmulatedRequest r, String field) {
    return r.field(field)
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> new InputError("empty or not valid input: " + field));
  }

  static boolean flag(EmulatedRequest r, String field) {
    String v = required(r, field);
    if (!v.equals("0") && !v.equals("1")) {
      throw new InputError(field + " must be 0 or 1");
    }
    return v.equals("1");
  }

  /**
   * A threshold in MB of 1,048,576 bytes, as setupSimTrafficThreeshold takes it. simStatus reports
   * it in bytes ({@link ThingsMobileState#MIB} times as much), the reading the client follows: section 4 says the
   * API returns amounts in bytes, and the documented example (1000000) is no plausible MB value.
   */
  static long mib(EmulatedRequest r, String field) {
    String v = required(r, field);
    try {
      long mb = Long.parseLong(v);
      if (mb < 0 || mb > Long.MAX_VALUE / MIB) {
        throw new InputError(field + (mb < 0 ? " must not be negative" : " is too large"));
      }
      return mb;
    } catch (NumberFormatException e) {
      throw new InputError(field + " must be a whole number of MB");
    }
  }

  static String decimal(EmulatedRequest r, String field) {
    String v = required(r, field);
    try {
      return new BigDecimal(v).toPlainString();
    } catch (NumberFormatException e) {
      throw new InputError(field + " must be a decimal number");
    }
  }

  static Optional<LocalDateTime> dateTime(EmulatedRequest r, String field) {
    Optional<String> v = r.field(field).filter(x -> !x.isBlank());
    try {
      return v.map(x -> LocalDateTime.parse(x, DATE_TIME));
    } catch (DateTimeParseException e) {
      throw new InputError(field + " must be yyyy-MM-dd HH:mm:ss");
    }
  }

  static List<String> msisdnList(EmulatedRequest r) {
    List<String> list = List.of(required(r, "msisdnList").split(","));
    return list.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A wrong or missing input, answered with error code 20. */
  static final class InputError extends RuntimeException {
    static final long serialVersionUID = 1L;

    InputError(String message) {
      super(message, null, false, false);
    }
  }
}
