package io.simbridge.core.internal.check;

import io.simbridge.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The checks every provider makes alike before sending, so that each refuses the same input with
 * the same message: free text a provider stores and echoes back in XML, and dates.
 */
public final class InputChecks {
  /** The earliest date a provider is sent: no SIM, CDR or report is older than the Unix epoch. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);

  /** The latest date a provider is sent: the last one a four-digit year can write. */
  public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

  private static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant LATEST =
      LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);

  private InputChecks() {}

  /**
   * Checks a free text a provider keeps and echoes in its XML answers (a SIM name, a tag, a group
   * code): not blank, and no character XML 1.0 cannot carry or a provider would normalise: C0 and
   * C1 control characters (NUL, CR, LF and TAB included), lone surrogates, U+FFFE and U+FFFF.
   *
   * @param field   the field's name, for the message
   * @param value   the value
   * @param allowed what is allowed, for the message
   * @return the value
   * @throws InvalidInputException if it is blank or holds such a character
   */
  public static String text(String field, String value, String allowed) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, value.isEmpty() ? "is empty" : "is blank", allowed);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)
          || (Character.isSurrogate(c) && !isPairedSurrogate(value, i))
          || c >= '\uFFFE') {
        throw new InvalidInputException(
            field,
            String.format(
                "contains the control or invalid character U+%04X at " + "position %d",
                (int) c, i + 1),
            allowed + ", without control characters");
      }
    }
    return value;
  }

  private static boolean isPairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * @param field the field's name, for the message
   * @param date  a date to send
   * @return the date, when from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}
   * @throws InvalidInputException otherwise, such as for {@code LocalDate.MIN} or {@code MAX}
   */
  public static LocalDate date(String field, LocalDate date) {
    Objects.requireNonNull(date, field);
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new InvalidInputException(
          field, "is " + date, "a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return date;
  }

  /**
   * @param field the field's name, for the message
   * @param time  a date and time to send, as it is written
   * @return the time, when its date is from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}
   * @throws InvalidInputException otherwise
   */
  public static LocalDateTime dateTime(String field, LocalDateTime time) {
    Objects.requireNonNull(time, field);
    if (time.toLocalDate().isBefore(EARLIEST_DATE) || time.toLocalDate().isAfter(LATEST_DATE)) {
      throw new InvalidInputException(
          field,
          "is " + time,
          "a date and time from " + EARLIEST_DATE + " 00:00:00 to " + LATEST_DATE + " 23:59:59");
    }
    return time;
  }

  /**
   * @param field the field's name, for the message
   * @param time  a date and time to send with its offset
   * @return the time, when both as written and in UTC its date is from {@link #EARLIEST_DATE} to
   *     {@link #LATEST_DATE}
   * @throws InvalidInputException otherwise
   */
  public static OffsetDateTime dateTime(String field, OffsetDateTime time) {
    Objects.requireNonNull(time, field);
    dateTime(field, time.toLocalDateTime());
    instant(field, time.toInstant());
    return time;
  }

  /**
   * @param field   the field's name, for the message
   * @param instant an instant to send
   * @return the instant, when from {@link #EARLIEST_DATE} to {@link #LATEST_DATE} in UTC
   * @throws InvalidInputException otherwise, such as for {@code Instant.MIN} or {@code MAX}
   */
  public static Instant instant(String field, Instant instant) {
    Objects.requireNonNull(instant, field);
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new InvalidInputException(
          field,
          "is " + instant,
          "an instant from " + EARLIEST_DATE + "T00:00:00Z to " + LATEST_DATE + "T23:59:59Z");
    }
    return instant;
  }
}
