package io.simbridge.thingsmobile.model;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.text.ToString;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code startDateRange}/{@code endDateRange} pair of credit, downloadCdr and
 * getCdrPaginated, in the provider's local time ({@code yyyy-MM-dd HH:mm:ss}, seconds kept).
 * Either end may be open; the provider then applies its own default.
 *
 * @param start the start of the range, if bounded
 * @param end   the end of the range, if bounded; not before {@code start}
 */
public record DateRange(Optional<LocalDateTime> start, Optional<LocalDateTime> end) {
  /** No bounds: the provider's default range. */
  public static final DateRange UNBOUNDED = new DateRange(Optional.empty(), Optional.empty());

  /**
   * Checks that the range does not end before it starts.
   *
   * @param start the start of the range, if bounded
   * @param end   the end of the range, if bounded; not before {@code start}
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new InvalidInputException(
          "endDateRange",
          end.get() + " is before startDateRange " + start.get(),
          "an end at or after the start");
    }
  }

  /**
   * @param start the start
   * @param end   the end, not before {@code start}
   * @return a bounded range
   */
  public static DateRange between(LocalDateTime start, LocalDateTime end) {
    return new DateRange(Optional.of(start), Optional.of(end));
  }

  /**
   * @param start the start
   * @return a range open at its end
   */
  public static DateRange from(LocalDateTime start) {
    return new DateRange(Optional.of(start), Optional.empty());
  }

  /**
   * @param end the end
   * @return a range open at its start
   */
  public static DateRange until(LocalDateTime end) {
    return new DateRange(Optional.empty(), Optional.of(end));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
