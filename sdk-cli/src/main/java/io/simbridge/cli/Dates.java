package io.simbridge.cli;

import io.simbridge.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates and times as options take them: a UTC day ({@code 2026-01-31}) or an instant. */
final class Dates {
  private Dates() {}

  /**
   * @param option the option, for the message
   * @param text   a day or an instant
   * @param end    whether a bare day means its end (a range's inclusive last day)
   * @return the instant
   */
  static Instant instant(String option, String text, boolean end) {
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return end
            ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
            : day.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          option,
          "'" + text + "' is not a date",
          "a UTC day such as 2026-01-31 or an " + "instant such as 2026-01-31T12:00:00Z");
    }
  }

  /**
   * @param option the option, for the message
   * @param from   the first
   * @param to     the last
   * @throws InvalidInputException if the range ends before it starts
   */
  static void ordered(String option, Comparable<?> from, Comparable<?> to) {
    @SuppressWarnings("unchecked")
    Comparable<Object> f = (Comparable<Object>) from;
    if (f.compareTo(to) > 0) {
      throw new InvalidInputException(
          option, "ends (" + to + ") before it starts (" + from + ")", "--to on or after --from");
    }
  }
}
