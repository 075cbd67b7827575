package io.simbridge.core.model;

import io.simbridge.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of data, held as a whole number of bytes. Create it from the unit the provider
 * documents ({@code DataVolume.of(5, DataUnit.MEBIBYTE)}) and read it in the unit you need, so
 * that bytes, kilobytes and megabytes cannot be confused.
 *
 * @param bytes the number of bytes, never negative
 */
public record DataVolume(long bytes) implements Comparable<DataVolume> {
  /** No data. */
  public static final DataVolume ZERO = new DataVolume(0);

  /**
   * Validates the amount.
   *
   * @param bytes the number of bytes, never negative
   */
  public DataVolume {
    if (bytes < 0) {
      throw new InvalidInputException(
          "data volume", "is negative (" + bytes + " bytes)", "0 or more bytes");
    }
  }

  /**
   * @param bytes a number of bytes
   * @return the volume
   */
  public static DataVolume ofBytes(long bytes) {
    return new DataVolume(bytes);
  }

  /**
   * @param amount a whole number of units
   * @param unit   the unit
   * @return the volume
   * @throws InvalidInputException if the amount is negative or the bytes overflow a {@code long}
   */
  public static DataVolume of(long amount, DataUnit unit) {
    try {
      return new DataVolume(Math.multiplyExact(amount, unit.bytes()));
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          "data volume",
          amount + " " + unit.symbol() + " is too large",
          "at most " + Long.MAX_VALUE / unit.bytes() + " " + unit.symbol());
    }
  }

  /**
   * A volume from a decimal amount, such as {@code 80.010} megabytes, rounded half-up to whole
   * bytes.
   *
   * @param amount a decimal number of units
   * @param unit   the unit
   * @return the volume
   * @throws InvalidInputException if the amount is negative or too large
   */
  public static DataVolume of(BigDecimal amount, DataUnit unit) {
    BigDecimal bytes =
        amount.multiply(BigDecimal.valueOf(unit.bytes())).setScale(0, RoundingMode.HALF_UP);
    try {
      return new DataVolume(bytes.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          "data volume",
          amount.toPlainString() + " " + unit.symbol() + " is too large",
          "at most " + Long.MAX_VALUE / unit.bytes() + " " + unit.symbol());
    }
  }

  /**
   * @param unit the unit to read the volume in
   * @return the exact amount in that unit, without trailing zeros (10, 1.5)
   */
  public BigDecimal to(DataUnit unit) {
    BigDecimal v =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit.bytes())).stripTrailingZeros();
    // stripTrailingZeros turns 10 into 1E+1; a whole amount keeps scale 0 so that it prints as 10.
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * @param unit the unit
   * @return the whole number of units, rounded down
   */
  public long toWhole(DataUnit unit) {
    return bytes / unit.bytes();
  }

  /**
   * @param unit the unit
   * @return whether the volume is a whole number of that unit
   */
  public boolean isWhole(DataUnit unit) {
    return bytes % unit.bytes() == 0;
  }

  /**
   * @param other another volume
   * @return the sum
   */
  public DataVolume plus(DataVolume other) {
    return new DataVolume(Math.addExact(bytes, other.bytes));
  }

  @Override
  public int compareTo(DataVolume other) {
    return Long.compare(bytes, other.bytes);
  }

  @Override
  public String toString() {
    return bytes + " B";
  }
}
