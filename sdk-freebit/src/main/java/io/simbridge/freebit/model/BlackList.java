package io.simbridge.freebit.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;
import java.util.Optional;

/**
 * freebit's {@code blackList} flag: whether the account is listed as a heavy user subject to
 * restrictions. The documentation defines {@code 10} (blacklisted) and {@code 20} (not
 * blacklisted); any other value is kept as {@link Status#UNKNOWN} with its raw form, rather than
 * failing the whole answer or being guessed.
 *
 * @param raw the value as freebit sent it, such as {@code 10}
 */
public record BlackList(String raw) {

  /** What the flag says. */
  public enum Status {
    /** {@code 10}: blacklisted. */
    BLACKLISTED,
    /** {@code 20}: not blacklisted. */
    NOT_BLACKLISTED,
    /** A value the documentation does not define; see {@link BlackList#raw()}. */
    UNKNOWN
  }

  /**
   * Validates the record.
   *
   * @param raw the value as freebit sent it, such as {@code 10}
   */
  public BlackList {
    Objects.requireNonNull(raw, "raw");
    if (raw.isBlank()) {
      throw new IllegalArgumentException("a blackList value cannot be blank");
    }
  }

  /** @return what the flag says, {@link Status#UNKNOWN} for an undocumented value */
  public Status status() {
    return switch (raw) {
      case "10" -> Status.BLACKLISTED;
      case "20" -> Status.NOT_BLACKLISTED;
      default -> Status.UNKNOWN;
    };
  }

  /** @return whether the account is blacklisted, empty when the value is undocumented */
  public Optional<Boolean> blacklisted() {
    return switch (status()) {
      case BLACKLISTED -> Optional.of(Boolean.TRUE);
      case NOT_BLACKLISTED -> Optional.of(Boolean.FALSE);
      case UNKNOWN -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
