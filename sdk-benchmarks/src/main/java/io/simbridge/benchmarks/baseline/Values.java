package io.simbridge.benchmarks.baseline;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The few value helpers a hand-written client needs to fill the same records simbridge returns:
 * blank is absent, text is stripped.
 */
final class Values {
  private Values() {}

  static Optional<String> text(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String t = raw.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  static OptionalLong optionalLong(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  static Optional<Boolean> flag(String raw) {
    return text(raw)
        .map(
            t ->
                switch (t) {
                  case "1", "true", "yes" -> Boolean.TRUE;
                  case "0", "false", "no" -> Boolean.FALSE;
                  default -> throw new IllegalArgumentException("not a flag: " + t);
                });
  }
}
