package io.simbridge.core.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the few date shapes the providers send on every row (ISO dates and date-times with an
 * offset, Things Mobile's {@code 2024-10-22 13:12:23}) without a {@code DateTimeFormatter}: its
 * general parser cost 0.6 µs a value, 17% of a Things Mobile {@code simStatus} call with 100 CDRs
 * and 16% of a HORISEN report page (docs/performance.md, Finding 10).
 *
 * <p>Each method accepts only the canonical shape, digit by digit, and returns {@code null} for
 * anything else, a valid but unusual spelling included (a five-digit year, a lower-case {@code
 * t}, no seconds): the caller then parses with the formatter, whose result or error stands. A
 * value this class returns is the one the formatter returns (ranges are checked by {@code
 * LocalDate.of} and friends, as the formatters' STRICT resolver does; DateShapesTest compares the
 * two on generated values).
 */
final class DateShapes {
  private DateShapes() {}

  /**
   * @param t a value
   * @return {@code uuuu-MM-dd} read, or {@code null} when {@code t} is not exactly that shape
   */
  static LocalDate isoDate(String t) {
    return t.length() == 10 ? date(t) : null;
  }

  /**
   * @param t a value
   * @return {@code uuuu-MM-dd HH:mm:ss} read, or {@code null} when {@code t} is not exactly that
   *     shape or names no real time
   */
  static LocalDateTime spaced(String t) {
    if (t.length() != 19 || t.charAt(10) != ' ') {
      return null;
    }
    return dateTime(t, 0);
  }

  /**
   * @param t a value
   * @return {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)} read, or {@code null} when {@code t} is
   *     not exactly that shape or names no real time
   */
  static OffsetDateTime isoOffset(String t) {
    int n = t.length();
    if (n < 20 || t.charAt(10) != 'T') {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (t.charAt(i) == '.') {
      int digits = 0;
      for (i++; i < n && isDigit(t.charAt(i)); i++) {
        nanos = nanos * 10 + (t.charAt(i) - '0');
        digits++;
      }
      if (digits == 0 || digits > 9) {
        return null;
      }
      for (; digits < 9; digits++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(t, i);
    LocalDateTime local = offset == null ? null : dateTime(t, nanos);
    return local == null ? null : OffsetDateTime.of(local, offset);
  }

  private static ZoneOffset offset(String t, int i) {
    int n = t.length();
    if (n == i + 1 && t.charAt(i) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = n == i + 6 ? t.charAt(i) : 0;
    if ((sign != '+' && sign != '-') || t.charAt(i + 3) != ':') {
      return null;
    }
    int hours = twoDigits(t, i + 1);
    int minutes = twoDigits(t, i + 4);
    if (hours < 0 || minutes < 0) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date at 0-9 and the time {@code HH:mm:ss} at 11-18; the separator at 10 is checked. */
  private static LocalDateTime dateTime(String t, int nanos) {
    if (t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int hour = twoDigits(t, 11);
    int minute = twoDigits(t, 14);
    int second = twoDigits(t, 17);
    LocalDate date = date(t);
    if (date == null || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(
          date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate date(String t) {
    if (t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int high = twoDigits(t, 0);
    int low = twoDigits(t, 2);
    int month = twoDigits(t, 5);
    int day = twoDigits(t, 8);
    if (high < 0 || low < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(high * 100 + low, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The two ASCII digits at {@code i}, or -1. */
  private static int twoDigits(String t, int i) {
    char a = t.charAt(i);
    char b = t.charAt(i + 1);
    return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
