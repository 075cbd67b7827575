package io.simbridge.core.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a traffic report: a period, a destination and a counterparty, with the number of
 * messages, the price per message and the amount. Parts the report does not carry are empty.
 *
 * @param side         which side of the traffic the row describes
 * @param date         the day of the traffic, for reports by day
 * @param periodStart  the start of the period the row covers
 * @param periodEnd    the end of the period the row covers
 * @param counterparty the customer or supplier name
 * @param country      the destination country's name
 * @param countryCode  the destination country's two-letter code
 * @param operator     the destination operator's name
 * @param mcc          the mobile country code
 * @param mnc          the mobile network code, kept as text (leading zeros matter)
 * @param messages     the number of messages
 * @param unitPrice    the price per message, in the amount's currency
 * @param amount       the total amount with its currency
 */
public record TrafficReportRow(
    ReportSide side,
    Optional<LocalDate> date,
    Optional<Instant> periodStart,
    Optional<Instant> periodEnd,
    Optional<String> counterparty,
    Optional<String> country,
    Optional<String> countryCode,
    Optional<String> operator,
    Optional<String> mcc,
    Optional<String> mnc,
    long messages,
    Optional<BigDecimal> unitPrice,
    Optional<Money> amount) {

  /**
   * Validates the record.
   *
   * @param side         which side of the traffic the row describes
   * @param date         the day of the traffic, for reports by day
   * @param periodStart  the start of the period the row covers
   * @param periodEnd    the end of the period the row covers
   * @param counterparty the customer or supplier name
   * @param country      the destination country's name
   * @param countryCode  the destination country's two-letter code
   * @param operator     the destination operator's name
   * @param mcc          the mobile country code
   * @param mnc          the mobile network code, kept as text (leading zeros matter)
   * @param messages     the number of messages
   * @param unitPrice    the price per message, in the amount's currency
   * @param amount       the total amount with its currency
   */
  public TrafficReportRow {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(mcc, "mcc");
    Objects.requireNonNull(mnc, "mnc");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * @param side which side the row describes
   * @return a builder with every optional part empty and zero messages
   */
  public static Builder builder(ReportSide side) {
    return new Builder(side);
  }

  /** Builds a {@link TrafficReportRow}. */
  public static final class Builder {
    private final ReportSide side;
    private LocalDate date;
    private Instant periodStart;
    private Instant periodEnd;
    private String counterparty;
    private String country;
    private String countryCode;
    private String operator;
    private String mcc;
    private String mnc;
    private long messages;
    private BigDecimal unitPrice;
    private Money amount;

    private Builder(ReportSide side) {
      this.side = Objects.requireNonNull(side, "side");
    }

    /**
     * @param v the day
     * @return this builder
     */
    public Builder date(LocalDate v) {
      date = v;
      return this;
    }

    /**
     * @param v the period start
     * @return this builder
     */
    public Builder periodStart(Instant v) {
      periodStart = v;
      return this;
    }

    /**
     * @param v the period end
     * @return this builder
     */
    public Builder periodEnd(Instant v) {
      periodEnd = v;
      return this;
    }

    /**
     * @param v the customer or supplier name
     * @return this builder
     */
    public Builder counterparty(String v) {
      counterparty = v;
      return this;
    }

    /**
     * @param v the country name
     * @return this builder
     */
    public Builder country(String v) {
      country = v;
      return this;
    }

    /**
     * @param v the two-letter country code
     * @return this builder
     */
    public Builder countryCode(String v) {
      countryCode = v;
      return this;
    }

    /**
     * @param v the operator name
     * @return this builder
     */
    public Builder operator(String v) {
      operator = v;
      return this;
    }

    /**
     * @param v the mobile country code
     * @return this builder
     */
    public Builder mcc(String v) {
      mcc = v;
      return this;
    }

    /**
     * @param v the mobile network code
     * @return this builder
     */
    public Builder mnc(String v) {
      mnc = v;
      return this;
    }

    /**
     * @param v the number of messages
     * @return this builder
     */
    public Builder messages(long v) {
      messages = v;
      return this;
    }

    /**
     * @param v the price per message
     * @return this builder
     */
    public Builder unitPrice(BigDecimal v) {
      unitPrice = v;
      return this;
    }

    /**
     * @param v the total amount
     * @return this builder
     */
    public Builder amount(Money v) {
      amount = v;
      return this;
    }

    /** @return the row */
    public TrafficReportRow build() {
      return new TrafficReportRow(
          side,
          Optional.ofNullable(date),
          Optional.ofNullable(periodStart),
          Optional.ofNullable(periodEnd),
          Optional.ofNullable(counterparty),
          Optional.ofNullable(country),
          Optional.ofNullable(countryCode),
          Optional.ofNullable(operator),
          Optional.ofNullable(mcc),
          Optional.ofNullable(mnc),
          messages,
          Optional.ofNullable(unitPrice),
          Optional.ofNullable(amount));
    }
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
