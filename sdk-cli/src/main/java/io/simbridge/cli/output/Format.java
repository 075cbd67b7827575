package io.simbridge.cli.output;

/** How results are written to standard output. */
public enum Format {
  /** Aligned columns for people: data volumes and times human-readable. */
  TABLE,
  /** One JSON array of objects; data volumes in bytes, numbers as JSON numbers. */
  JSON,
  /** One JSON object per line, with the same shape as {@link #JSON}'s elements. */
  JSONL,
  /** RFC 4180 CSV with a header row; data volumes in bytes. */
  CSV
}
