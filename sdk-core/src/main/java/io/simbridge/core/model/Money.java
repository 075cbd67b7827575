package io.simbridge.core.model;

import io.simbridge.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money with its currency, as the provider states it; never a {@code double}.
 *
 * @param amount   the amount, possibly negative (a debit)
 * @param currency the currency code the provider gave, normally ISO 4217 such as {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

  /**
   * Validates the record.
   *
   * @param amount   the amount, possibly negative (a debit)
   * @param currency the currency code the provider gave, normally ISO 4217 such as {@code EUR}
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (currency.isBlank()) {
      throw new InvalidInputException("currency", "is blank", "a currency code such as EUR");
    }
  }

  /**
   * @param amount   the amount as a decimal string, such as {@code 9.00}
   * @param currency the currency code
   * @return the amount
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
