package io.simbridge.core.model;

import io.simbridge.core.error.InvalidInputException;
import java.util.Objects;

/**
 * A SIM's ICCID (Integrated Circuit Card Identifier): digits only, 18 to 22 of them (ITU-T
 * E.118; most SIMs carry 19 or 20, and providers that say so check that narrower range).
 *
 * <p>The last digit is usually a Luhn check digit. It is checked and reported by
 * {@link #hasValidCheckDigit()}, not enforced, because some issuers and providers' own examples
 * do not carry one.
 *
 * @param value the digits
 */
public record Iccid(String value) {
  /** The fewest digits accepted. */
  public static final int MIN_DIGITS = 18;

  /** The most digits accepted. */
  public static final int MAX_DIGITS = 22;

  private static final String ALLOWED =
      MIN_DIGITS + " to " + MAX_DIGITS + " digits, such as 8944501312167518236";

  /**
   * Validates the digits.
   *
   * @param value the digits
   */
  public Iccid {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new InvalidInputException("iccid", "is empty", ALLOWED);
    }
    if (!Digits.allDigits(value)) {
      throw new InvalidInputException(
          "iccid", "'" + value + "' contains a character that is not a digit", ALLOWED);
    }
    if (value.length() < MIN_DIGITS || value.length() > MAX_DIGITS) {
      throw new InvalidInputException("iccid", "has " + value.length() + " digits", ALLOWED);
    }
  }

  /**
   * Parses an ICCID.
   *
   * @param value the digits
   * @return the ICCID
   * @throws InvalidInputException if the value is not 18 to 22 digits
   */
  public static Iccid of(String value) {
    return new Iccid(value);
  }

  /** @return whether the last digit is a valid Luhn check digit over the others */
  public boolean hasValidCheckDigit() {
    return Digits.luhnValid(value);
  }

  /** @return the number of digits */
  public int length() {
    return value.length();
  }

  @Override
  public String toString() {
    return value;
  }
}
