package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a control invoice's traffic report ({@code GET /control-invoices/{invoiceId}/traffic-reports}):
 * the messages sent to a supplier for one pricing condition, country, operator and buying price,
 * with the amount the supplier charges.
 *
 * <p>The documentation names no model for this answer; its example is the supplier-side mirror
 * of {@link TrafficReport}, and this record carries exactly the fields of that example.
 *
 * <p>Every field is empty when the answer does not carry it; unknown fields are ignored.
 *
 * @param supplierId         the supplier ID
 * @param billingAccountId   the ID of the supplier pricing condition
 * @param billingAccountName the name of the supplier pricing condition
 * @param countryId          the country ID
 * @param countryName        the country's name
 * @param countryCode2       the country code
 * @param operatorId         the operator ID
 * @param operatorName       the operator's name
 * @param outSmsCnt          the quantity per unit: messages sent to the supplier
 * @param buyPrice           the price per unit
 * @param buyPriceSinceDt    when the buying price took effect
 * @param buyCurrency        the ID of the buying price's currency
 * @param buyCurrencyCode    the buying price's currency code
 * @param mcc                the mobile country code
 * @param mnc                the mobile network code, as text (leading zeros matter)
 * @param startDt            the start of the period
 * @param endDt              the end of the period
 * @param totalAmount        the price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt})
 */
public record ControlInvoiceTrafficReport(
    OptionalLong supplierId,
    OptionalLong billingAccountId,
    Optional<String> billingAccountName,
    OptionalLong countryId,
    Optional<String> countryName,
    Optional<String> countryCode2,
    OptionalLong operatorId,
    Optional<String> operatorName,
    OptionalLong outSmsCnt,
    Optional<BigDecimal> buyPrice,
    Optional<OffsetDateTime> buyPriceSinceDt,
    OptionalLong buyCurrency,
    Optional<String> buyCurrencyCode,
    Optional<String> mcc,
    Optional<String> mnc,
    Optional<OffsetDateTime> startDt,
    Optional<OffsetDateTime> endDt,
    Optional<BigDecimal> totalAmount) {

  /**
   * Validates the record: every component is present, possibly empty.
   *
   * @param supplierId the supplier ID
   * @param billingAccountId the ID of the supplier pricing condition
   * @param billingAccountName the name of the supplier pricing condition
   * @param countryId the country ID
   * @param countryName the country's name
   * @param countryCode2 the country code
   * @param operatorId the operator ID
   * @param operatorName the operator's name
   * @param outSmsCnt the quantity per unit: messages sent to the supplier
   * @param buyPrice the price per unit
   * @param buyPriceSinceDt when the buying price took effect
   * @param buyCurrency the ID of the buying price's currency
   * @param buyCurrencyCode the buying price's currency code
   * @param mcc the mobile country code
   * @param mnc the mobile network code, as text (leading zeros matter)
   * @param startDt the start of the period
   * @param endDt the end of the period
   * @param totalAmount the price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt})
   */
  public ControlInvoiceTrafficReport {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(billingAccountId, "billingAccountId");
    Objects.requireNonNull(billingAccountName, "billingAccountName");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(countryCode2, "countryCode2");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(outSmsCnt, "outSmsCnt");
    Objects.requireNonNull(buyPrice, "buyPrice");
    Objects.requireNonNull(buyPriceSinceDt, "buyPriceSinceDt");
    Objects.requireNonNull(buyCurrency, "buyCurrency");
    Objects.requireNonNull(buyCurrencyCode, "buyCurrencyCode");
    Objects.requireNonNull(mcc, "mcc");
    Objects.requireNonNull(mnc, "mnc");
    Objects.requireNonNull(startDt, "startDt");
    Objects.requireNonNull(endDt, "endDt");
    Objects.requireNonNull(totalAmount, "totalAmount");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
