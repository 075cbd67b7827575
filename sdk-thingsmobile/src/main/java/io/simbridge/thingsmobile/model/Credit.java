package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.Money;
import java.util.List;
import java.util.Objects;

/**
 * The credit answer: the account's shared credit and one page of its history.
 *
 * @param amount        {@code amount} with {@code currency}
 * @param creditHistory {@code creditHistory}: the requested page of movements
 */
public record Credit(Money amount, List<CreditHistoryRow> creditHistory) {
  /**
   * Validates and freezes the record.
   *
   * @param amount        {@code amount} with {@code currency}
   * @param creditHistory {@code creditHistory}: the requested page of movements
   */
  public Credit {
    Objects.requireNonNull(amount, "amount");
    creditHistory = List.copyOf(creditHistory);
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
