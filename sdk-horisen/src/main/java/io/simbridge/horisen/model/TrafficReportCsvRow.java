package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a customer or control traffic report in CSV ({@code outputFormat=csv}). The two
 * reports have the same columns except the counterparty's: {@code CUSTOMER_ID},
 * {@code CUSTOMER_NAME}, {@code CUSTOMER_REF_ID} in customer reports, {@code SUPPLIER_ID},
 * {@code SUPPLIER_NAME}, {@code SUPPLIER_REF_ID} in control reports. A column the file lacks, or
 * an empty cell, is empty here.
 *
 * @param counterpartyId   {@code CUSTOMER_ID} or {@code SUPPLIER_ID}
 * @param counterpartyName {@code CUSTOMER_NAME} or {@code SUPPLIER_NAME}
 * @param counterpartyRef  {@code CUSTOMER_REF_ID} or {@code SUPPLIER_REF_ID}: the external reference
 * @param pricingCondId    {@code PRICING_COND_ID}: the pricing condition's ID
 * @param pricingCondName  {@code PRICING_COND_NAME}: the pricing condition's name
 * @param country          {@code COUNTRY}: the country
 * @param operator         {@code OPERATOR}: the operator
 * @param mcc              {@code MCC}: the mobile country code
 * @param mnc              {@code MNC}: the mobile network code, as text
 * @param pricePeriod      {@code PRICE_PERIOD}: the period the price applies to, as written (the
 *                         documentation does not give its format)
 * @param smsCount         {@code SMS_COUNT}: the number of messages
 * @param currency         {@code CURRENCY}: the price's currency
 * @param price            {@code PRICE}: the price per message
 * @param amount           {@code AMOUNT}: the amount
 */
public record TrafficReportCsvRow(
    OptionalLong counterpartyId,
    Optional<String> counterpartyName,
    Optional<String> counterpartyRef,
    OptionalLong pricingCondId,
    Optional<String> pricingCondName,
    Optional<String> country,
    Optional<String> operator,
    Optional<String> mcc,
    Optional<String> mnc,
    Optional<String> pricePeriod,
    OptionalLong smsCount,
    Optional<String> currency,
    Optional<BigDecimal> price,
    Optional<BigDecimal> amount) {

  /**
   * Validates the record: every component is present, possibly empty.
   *
   * @param counterpartyId {@code CUSTOMER_ID} or {@code SUPPLIER_ID}
   * @param counterpartyName {@code CUSTOMER_NAME} or {@code SUPPLIER_NAME}
   * @param counterpartyRef {@code CUSTOMER_REF_ID} or {@code SUPPLIER_REF_ID}: the external reference
   * @param pricingCondId {@code PRICING_COND_ID}: the pricing condition's ID
   * @param pricingCondName {@code PRICING_COND_NAME}: the pricing condition's name
   * @param country {@code COUNTRY}: the country
   * @param operator {@code OPERATOR}: the operator
   * @param mcc {@code MCC}: the mobile country code
   * @param mnc {@code MNC}: the mobile network code, as text
   * @param pricePeriod {@code PRICE_PERIOD}: the period the price applies to, as written (the
   *     documentation does not give its format)
   * @param smsCount {@code SMS_COUNT}: the number of messages
   * @param currency {@code CURRENCY}: the price's currency
   * @param price {@code PRICE}: the price per message
   * @param amount {@code AMOUNT}: the amount
   */
  public TrafficReportCsvRow {
    Objects.requireNonNull(counterpartyId, "counterpartyId");
    Objects.requireNonNull(counterpartyName, "counterpartyName");
    Objects.requireNonNull(counterpartyRef, "counterpartyRef");
    Objects.requireNonNull(pricingCondId, "pricingCondId");
    Objects.requireNonNull(pricingCondName, "pricingCondName");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(mcc, "mcc");
    Objects.requireNonNull(mnc, "mnc");
    Objects.requireNonNull(pricePeriod, "pricePeriod");
    Objects.requireNonNull(smsCount, "smsCount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
