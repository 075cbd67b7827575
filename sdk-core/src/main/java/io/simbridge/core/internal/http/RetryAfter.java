package io.simbridge.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): delta-seconds or an HTTP date,
 * the date in any of the three formats a recipient must accept (IMF-fixdate, RFC 850, asctime).
 * A wait is never negative (a date in the past means now) and never longer than {@link #MAX}, so
 * that {@code Retry-After: 9223372036854775807} neither overflows nor parks a caller for ages.
 */
final class RetryAfter {
  /** The longest wait believed: a server asking for more is taken to ask for a day. */
  static final Duration MAX = Duration.ofDays(1);

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US),
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US));

  private RetryAfter() {}

  /**
   * @param value the header's value
   * @param clock the clock an HTTP date is measured against
   * @return the wait it asks for, empty when it is neither form
   */
  static Optional<Duration> parse(String value, Clock clock) {
    String v = value.trim();
    if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More than 18 digits is beyond any long worth reading: clamp instead of overflowing.
      return Optional.of(v.length() > 18 ? MAX : clamp(Duration.ofSeconds(Long.parseLong(v))));
    }
    for (DateTimeFormatter format : DATES) {
      try {
        Instant at = LocalDateTime.parse(v, format).toInstant(ZoneOffset.UTC);
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : clamp(wait));
      } catch (DateTimeParseException e) {
        // Try the next of the three formats.
      }
    }
    return Optional.empty();
  }

  private static Duration clamp(Duration wait) {
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
