package io.simbridge.core.internal.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the values of a provider's answer, tolerantly where the providers are loose (blank means
 * absent, surrounding spaces are ignored) and strictly where a wrong value would mislead (a
 * number that is not one is an error, never a zero). Every failure is a
 * {@link MalformedFieldException} naming the field.
 */
public final class Fields {
  private static final int MAX_QUOTED = 40;

  /**
   * {@code uuuu-MM-dd HH:mm:ss}, strict: Things Mobile's format. Passed to {@link
   * #optionalLocalDateTime}, its canonical values are read without the formatter ({@link
   * DateShapes}).
   */
  public static final DateTimeFormatter SPACED_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private Fields() {}

  /**
   * @param value a raw value, possibly {@code null}
   * @return the value without surrounding spaces, empty when absent or blank
   */
  public static Optional<String> text(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String t = value.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the value without surrounding spaces
   * @throws MalformedFieldException if it is absent or blank
   */
  public static String requireText(String field, String value) {
    return text(value).orElseThrow(() -> new MalformedFieldException(field, "is missing"));
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @param <T>   its type
   * @return the value
   * @throws MalformedFieldException if it is {@code null}
   */
  public static <T> T require(String field, T value) {
    if (value == null) {
      throw new MalformedFieldException(field, "is missing");
    }
    return value;
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the whole number it holds, empty when absent or blank
   */
  public static OptionalLong optionalLong(String field, String value) {
    Optional<String> t = text(value);
    return t.isEmpty() ? OptionalLong.empty() : OptionalLong.of(parseLong(field, t.get()));
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the whole number it holds
   * @throws MalformedFieldException if it is absent or not a whole number
   */
  public static long requireLong(String field, String value) {
    return parseLong(field, requireText(field, value));
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the non-negative whole number it holds
   * @throws MalformedFieldException if it is absent, not a whole number, or negative
   */
  public static long requireNonNegativeLong(String field, String value) {
    long n = requireLong(field, value);
    if (n < 0) {
      throw new MalformedFieldException(field, "is negative: " + n);
    }
    return n;
  }

  private static long parseLong(String field, String t) {
    try {
      return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      throw new MalformedFieldException(field, "is not a whole number: '" + quote(t) + "'");
    }
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the decimal it holds, empty when absent or blank
   */
  public static Optional<BigDecimal> optionalDecimal(String field, String value) {
    return text(value).map(t -> parseDecimal(field, t));
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the decimal it holds
   * @throws MalformedFieldException if it is absent or not a decimal
   */
  public static BigDecimal requireDecimal(String field, String value) {
    return parseDecimal(field, requireText(field, value));
  }

  private static BigDecimal parseDecimal(String field, String t) {
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new MalformedFieldException(field, "is not a decimal number: '" + quote(t) + "'");
    }
    return plausibleDecimal(field, d);
  }

  /**
   * Refuses a decimal no amount or price could be: 18 bytes of {@code 1e999999999} are a valid
   * number whose plain form is a gigabyte.
   *
   * @param field the field's name
   * @param d     a decimal as read
   * @return {@code d}, when its scale and precision are at most 64
   * @throws MalformedFieldException otherwise
   */
  public static BigDecimal plausibleDecimal(String field, BigDecimal d) {
    if (Math.abs((long) d.scale()) > 64 || d.precision() > 64) {
      throw new MalformedFieldException(
          field, "has an implausible precision: '" + quote(d.toString()) + "'");
    }
    return d;
  }

  /**
   * Reads a flag written as {@code 1}/{@code 0} or {@code true}/{@code false}.
   *
   * @param field the field's name
   * @param value a raw value
   * @return the flag, empty when absent or blank
   */
  public static Optional<Boolean> optionalFlag(String field, String value) {
    return text(value)
        .map(
            t ->
                switch (t.toLowerCase(java.util.Locale.ROOT)) {
                  case "1", "true", "yes" -> Boolean.TRUE;
                  case "0", "false", "no" -> Boolean.FALSE;
                  default ->
                      throw new MalformedFieldException(
                          field, "is not a flag (1/0, true/false): '" + quote(t) + "'");
                });
  }

  /**
   * @param field  the field's name
   * @param value  a raw value
   * @param format the provider's format
   * @return the local date-time it holds, empty when absent or blank
   */
  public static Optional<LocalDateTime> optionalLocalDateTime(
      String field, String value, DateTimeFormatter format) {
    return text(value)
        .map(
            t -> {
              LocalDateTime fast = format == SPACED_DATE_TIME ? DateShapes.spaced(t) : null;
              if (fast != null) {
                return fast;
              }
              try {
                return LocalDateTime.parse(t, format);
              } catch (DateTimeParseException e) {
                throw new MalformedFieldException(
                    field, "is not a date-time in the documented format: '" + quote(t) + "'");
              }
            });
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the ISO date ({@code 2024-10-22}) it holds, empty when absent or blank
   */
  public static Optional<LocalDate> optionalDate(String field, String value) {
    return text(value)
        .map(
            t -> {
              LocalDate fast = DateShapes.isoDate(t);
              if (fast != null) {
                return fast;
              }
              try {
                return LocalDate.parse(t);
              } catch (DateTimeParseException e) {
                throw new MalformedFieldException(
                    field, "is not an ISO date (yyyy-MM-dd): '" + quote(t) + "'");
              }
            });
  }

  /**
   * @param field the field's name
   * @param value a raw value
   * @return the ISO date-time with offset ({@code 2024-10-22T13:12:23.769Z}) it holds, empty when
   *     absent or blank
   */
  public static Optional<OffsetDateTime> optionalOffsetDateTime(String field, String value) {
    return text(value)
        .map(
            t -> {
              OffsetDateTime fast = DateShapes.isoOffset(t);
              if (fast != null) {
                return fast;
              }
              try {
                return OffsetDateTime.parse(t);
              } catch (DateTimeParseException e) {
                throw new MalformedFieldException(
                    field, "is not an ISO date-time with offset: '" + quote(t) + "'");
              }
            });
  }

  private static String quote(String t) {
    return t.length() > MAX_QUOTED ? t.substring(0, MAX_QUOTED) + "…" : t;
  }
}
