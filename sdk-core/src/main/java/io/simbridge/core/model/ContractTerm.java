package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.util.Objects;

/**
 * A contract term applied to a SIM.
 *
 * @param type            the normalised type
 * @param rawType         the provider's value, such as {@code 1}
 * @param monthsRemaining calendar months left; {@code 0} means the term has expired
 */
public record ContractTerm(ContractType type, String rawType, int monthsRemaining) {

  /**
   * Validates the record.
   *
   * @param type            the normalised type
   * @param rawType         the provider's value, such as {@code 1}
   * @param monthsRemaining calendar months left; {@code 0} means the term has expired
   */
  public ContractTerm {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rawType, "rawType");
    if (monthsRemaining < 0) {
      throw new IllegalArgumentException("monthsRemaining is negative: " + monthsRemaining);
    }
  }

  /** @return whether the term has run out ({@code monthsRemaining == 0}) */
  public boolean expired() {
    return monthsRemaining == 0;
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
