package io.simbridge.thingsmobile.model;

import io.simbridge.core.internal.text.ToString;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One movement of the account's credit ({@code <historyRow>}).
 *
 * @param amount        {@code amount}, negative for a debit, in the answer's {@code currency}
 * @param dateLoad      {@code dateLoad}, provider local time
 * @param opDescription {@code opDescription}, such as {@code Sim recharge}; empty when blank
 * @param msisdn        {@code msisdn}: the SIM the movement concerned, if any
 */
public record CreditHistoryRow(
    Money amount, LocalDateTime dateLoad, String opDescription, Optional<Msisdn> msisdn) {
  /**
   * Validates the record.
   *
   * @param amount        {@code amount}, negative for a debit, in the answer's {@code currency}
   * @param dateLoad      {@code dateLoad}, provider local time
   * @param opDescription {@code opDescription}, such as {@code Sim recharge}; empty when blank
   * @param msisdn        {@code msisdn}: the SIM the movement concerned, if any
   */
  public CreditHistoryRow {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dateLoad, "dateLoad");
    Objects.requireNonNull(opDescription, "opDescription");
    Objects.requireNonNull(msisdn, "msisdn");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
