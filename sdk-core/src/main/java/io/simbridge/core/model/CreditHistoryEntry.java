package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement of the account's credit.
 *
 * @param time        when it happened
 * @param amount      the amount, negative for a debit
 * @param description the provider's description, such as {@code Credit recharge}
 * @param sim         the SIM it concerned, if any
 */
public record CreditHistoryEntry(
    Instant time, Money amount, String description, Optional<SimRef> sim) {
  /**
   * Validates the record.
   *
   * @param time        when it happened
   * @param amount      the amount, negative for a debit
   * @param description the provider's description, such as {@code Credit recharge}
   * @param sim         the SIM it concerned, if any
   */
  public CreditHistoryEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(sim, "sim");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
