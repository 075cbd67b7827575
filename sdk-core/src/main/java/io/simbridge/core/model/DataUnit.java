package io.simbridge.core.model;

/**
 * Units of data volume, decimal (SI: kilobyte = 1,000 bytes) and binary (IEC: kibibyte = 1,024
 * bytes) named apart, so that a provider's "MB" is converted with the factor it means.
 */
public enum DataUnit {
  /** One byte. */
  BYTE(1L, "B"),
  /** 1,000 bytes. */
  KILOBYTE(1_000L, "kB"),
  /** 1,024 bytes. */
  KIBIBYTE(1_024L, "KiB"),
  /** 1,000,000 bytes. */
  MEGABYTE(1_000_000L, "MB"),
  /** 1,048,576 bytes (1,024 x 1,024), what Things Mobile calls "MB". */
  MEBIBYTE(1_048_576L, "MiB"),
  /** 1,000,000,000 bytes. */
  GIGABYTE(1_000_000_000L, "GB"),
  /** 1,073,741,824 bytes. */
  GIBIBYTE(1_073_741_824L, "GiB");

  private final long bytes;
  private final String symbol;

  DataUnit(long bytes, String symbol) {
    this.bytes = bytes;
    this.symbol = symbol;
  }

  /** @return the number of bytes in one unit */
  public long bytes() {
    return bytes;
  }

  /** @return the unit's symbol, such as {@code MiB} */
  public String symbol() {
    return symbol;
  }
}
