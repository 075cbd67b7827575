package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a control traffic report ({@code GET /control-traffic-reports}, model 4.6
 * ContTrafficReport): the messages sent to a supplier over a period for one pricing condition,
 * country, operator and buying price, with the amount the supplier charges.
 *
 * <p>Every field is empty when the answer does not carry it; unknown fields are ignored.
 *
 * @param supplierId         the supplier ID
 * @param supplierBriefName  the supplier's brief name
 * @param supplierExtRefId   the supplier's external reference ID
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
 * @param outSmsCnt          the quantity per unit: messages sent to the supplier
 * @param buyCurrency        the ID of the buying price's currency
 * @param buyCurrencyCode    the buying price's currency code
 * @param buyPrice           the price per unit
 * @param totalAmount        the price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt}; the documentation's {@code sellPrice} there is a typo)
 */
public record ContTrafficReport(
    OptionalLong supplierId,
    Optional<String> supplierBriefName,
    Optional<String> supplierExtRefId,
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
    OptionalLong outSmsCnt,
    OptionalLong buyCurrency,
    Optional<String> buyCurrencyCode,
    Optional<BigDecimal> buyPrice,
    Optional<BigDecimal> totalAmount) {

  /**
   * Validates the record: every component is present, possibly empty.
   *
   * @param supplierId the supplier ID
   * @param supplierBriefName the supplier's brief name
   * @param supplierExtRefId the supplier's external reference ID
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
   * @param outSmsCnt the quantity per unit: messages sent to the supplier
   * @param buyCurrency the ID of the buying price's currency
   * @param buyCurrencyCode the buying price's currency code
   * @param buyPrice the price per unit
   * @param totalAmount the price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt};
   *     the documentation's {@code sellPrice} there is a typo)
   */
  public ContTrafficReport {
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(supplierBriefName, "supplierBriefName");
    Objects.requireNonNull(supplierExtRefId, "supplierExtRefId");
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
    Objects.requireNonNull(outSmsCnt, "outSmsCnt");
    Objects.requireNonNull(buyCurrency, "buyCurrency");
    Objects.requireNonNull(buyCurrencyCode, "buyCurrencyCode");
    Objects.requireNonNull(buyPrice, "buyPrice");
    Objects.requireNonNull(totalAmount, "totalAmount");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
