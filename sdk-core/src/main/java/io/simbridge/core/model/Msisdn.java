package io.simbridge.core.model;

import io.simbridge.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A SIM's phone number in international (E.164) form: country code and number, 6 to 15 digits,
 * without the leading {@code +} (one given is dropped) and never starting with {@code 0}.
 *
 * @param value the digits
 */
public record Msisdn(String value) {
  /** The fewest digits accepted. */
  public static final int MIN_DIGITS = 6;

  /** The most digits accepted (E.164). */
  public static final int MAX_DIGITS = 15;

  private static final String ALLOWED =
      MIN_DIGITS
          + " to "
          + MAX_DIGITS
          + " digits in international form without leading 0, such as 882360001975037";

  /**
   * Validates the digits, dropping one leading {@code +}.
   *
   * @param value the digits
   */
  public Msisdn {
    Objects.requireNonNull(value, "value");
    if (value.startsWith("+")) {
      value = value.substring(1);
    }
    if (value.isEmpty()) {
      throw new InvalidInputException("msisdn", "is empty", ALLOWED);
    }
    if (!Digits.allDigits(value)) {
      throw new InvalidInputException(
          "msisdn", "'" + value + "' contains a character that is not a digit", ALLOWED);
    }
    if (value.length() < MIN_DIGITS || value.length() > MAX_DIGITS) {
      throw new InvalidInputException("msisdn", "has " + value.length() + " digits", ALLOWED);
    }
    if (value.charAt(0) == '0') {
      throw new InvalidInputException(
          "msisdn", "'" + value + "' starts with 0, a national prefix", ALLOWED);
    }
  }

  /**
   * Parses an MSISDN.
   *
   * @param value the digits, optionally with a leading {@code +}
   * @return the MSISDN
   * @throws InvalidInputException if the value is not an international number
   */
  public static Msisdn of(String value) {
    return new Msisdn(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
