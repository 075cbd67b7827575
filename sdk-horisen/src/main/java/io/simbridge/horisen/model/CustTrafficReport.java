package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a customer traffic report ({@code GET /customer-traffic-reports}, model 4.4
 * CustTrafficReport): the messages received from a customer over a period for one pricing
 * condition, country, operator and selling price, with the amount charged.
 *
 * <p>Every field is empty when the answer does not carry it; unknown fields are ignored.
 *
 * @param customerId         the customer ID
 * @param customerBriefName  the customer's brief name
 * @param customerExtRefId   the customer's external reference ID
 * @param billingAccountId   the ID of the pricing condition
 * @param billingAccountName the name of the pricing condition
 * @param countryId          the country ID
 * @param countryName        the country's name
 * @param countryCode2       the country code
 * @param operatorId         the operator ID
 * @param operatorName       the operator's name
 * @param mcc                the mobile country code
 * @param mnc                the mobile network code, as text (leading zeros matter)
 * @param startDt            the start of the period
 * @param endDt              the end of the period
 * @param inSmsCnt           the quantity per unit: messages received from the customer
 * @param sellCurrency       the ID of the selling price's currency
 * @param sellCurrencyCode   the selling price's currency code
 * @param sellPrice          the price per unit
 * @param totalAmount        the price per unit multiplied by the quantity ({@code sellPrice * inSmsCnt})
 */
public record CustTrafficReport(
    OptionalLong customerId,
    Optional<String> customerBriefName,
    Optional<String> customerExtRefId,
    OptionalLong billingAccountId,
    Optional<String> billingAccountName,
    OptionalLong countryId,
    Optional<String> countryName,
    Optional<String> countryCode2,
    OptionalLong operatorId,
    Optional<String> operatorName,
    Optional<String> mcc,
    Optional<String> mnc,
    Optional<OffsetDateTime> startDt,
    Optional<OffsetDateTime> endDt,
    OptionalLong inSmsCnt,
    OptionalLong sellCurrency,
    Optional<String> sellCurrencyCode,
    Optional<BigDecimal> sellPrice,
    Optional<BigDecimal> totalAmount) {

  /**
   * Validates the record: every component is present, possibly empty.
   *
   * @param customerId the customer ID
   * @param customerBriefName the customer's brief name
   * @param customerExtRefId the customer's external reference ID
   * @param billingAccountId the ID of the pricing condition
   * @param billingAccountName the name of the pricing condition
   * @param countryId the country ID
   * @param countryName the country's name
   * @param countryCode2 the country code
   * @param operatorId the operator ID
   * @param operatorName the operator's name
   * @param mcc the mobile country code
   * @param mnc the mobile network code, as text (leading zeros matter)
   * @param startDt the start of the period
   * @param endDt the end of the period
   * @param inSmsCnt the quantity per unit: messages received from the customer
   * @param sellCurrency the ID of the selling price's currency
   * @param sellCurrencyCode the selling price's currency code
   * @param sellPrice the price per unit
   * @param totalAmount the price per unit multiplied by the quantity ({@code sellPrice * inSmsCnt})
   */
  public CustTrafficReport {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerBriefName, "customerBriefName");
    Objects.requireNonNull(customerExtRefId, "customerExtRefId");
    Objects.requireNonNull(billingAccountId, "billingAccountId");
    Objects.requireNonNull(billingAccountName, "billingAccountName");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(countryCode2, "countryCode2");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(mcc, "mcc");
    Objects.requireNonNull(mnc, "mnc");
    Objects.requireNonNull(startDt, "startDt");
    Objects.requireNonNull(endDt, "endDt");
    Objects.requireNonNull(inSmsCnt, "inSmsCnt");
    Objects.requireNonNull(sellCurrency, "sellCurrency");
    Objects.requireNonNull(sellCurrencyCode, "sellCurrencyCode");
    Objects.requireNonNull(sellPrice, "sellPrice");
    Objects.requireNonNull(totalAmount, "totalAmount");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
