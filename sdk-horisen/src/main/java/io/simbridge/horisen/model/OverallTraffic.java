package io.simbridge.horisen.model;

import io.simbridge.core.internal.text.ToString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of an overall traffic report ({@code GET /overall-traffic-reports}, model 4.8
 * OverallTraffic): customer and supplier traffic, prices, amounts and message statuses, aggregated
 * over the request's {@code groupBy} fields.
 *
 * <p>A row carries only the fields the request embedded ({@link OverallTrafficRequest#effectiveEmbed()}):
 * every other component is empty. Aggregated fields ({@link OverallField#aggregated()}) are sums
 * over the group.
 *
 * <p>Every field is empty when the answer does not carry it; unknown fields are ignored.
 *
 * @param msgDate                the message date
 * @param msgDt                  the message date and hour, returned only at {@code grain=hour}
 * @param accountDim             the account dimension
 * @param billingAccountDim      the billing account dimension
 * @param customerDim            the customer dimension
 * @param countryId              the country ID
 * @param operatorDim            the operator dimension
 * @param gateDim                the gate dimension
 * @param billingGateDim         the gate billing account dimension
 * @param sellPrice              the customer price per unit
 * @param sellAmount             the selling price per unit multiplied by the quantity ({@code sellPrice * inSmsCnt})
 * @param sellCurrency           the ID of the selling price's currency
 * @param sellCurrencyCode       the selling price's currency code
 * @param inSmsCnt               the number of messages received from the customer for sending
 * @param inBilledSmsCnt         the number of messages billed to the customer
 * @param buyPrice               the supplier price per unit
 * @param buyAmount              the buying price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt})
 * @param buyCurrency            the ID of the buying price's currency
 * @param buyCurrencyCode        the buying price's currency code
 * @param outSmsCnt              the number of messages sent by the supplier
 * @param outBilledSmsCnt        the number of messages billed to the supplier
 * @param currency               the ID of the platform currency (text, as documented)
 * @param currencyCode           the platform currency's code
 * @param sellAmountInCurr       the selling amount in the platform currency
 * @param buyAmountInCurr        the buying amount in the platform currency
 * @param intCost                the internal cost
 * @param intRequestCnt          the number of MNP queries
 * @param profit                 {@code sellAmountInCurr - buyAmountInCurr - intCost}
 * @param stProcessingCnt        the number of messages in statuses 'New', 'Waiting to be sent' and 'Waiting for MNP'
 * @param stSentCnt              the number of messages in status 'Sent'
 * @param stRejectNackCnt        the number of messages in status 'Rejected by NACK'
 * @param stRejectRulesCnt       the number of messages in status 'Rejected by Rules'
 * @param stErrorCnt             the number of messages in status 'Error'
 * @param stUnknownCnt           the number of messages in another (unknown) status
 * @param customerId             the customer ID
 * @param customerBriefName      the customer's brief name
 * @param billingAccountId       the ID of the pricing condition
 * @param billingAccountName     the name of the pricing condition
 * @param supplierId             the supplier ID
 * @param supplierBriefName      the supplier's brief name
 * @param gateBillingAccountId   the ID of the supplier pricing condition
 * @param gateBillingAccountName the name of the supplier pricing condition
 * @param accountId              the ID of the customer connection
 * @param accountName            the name of the customer connection
 * @param gateId                 the ID of the supplier gateway
 * @param gateName               the name of the supplier gateway
 * @param countryName            the country's name
 * @param countryCode2           the country code
 * @param operatorId             the operator ID
 * @param operatorName           the operator's name
 * @param mcc                    the mobile country code
 * @param mnc                    the mobile network code, as text (the model table says integer, the example and every other model say string; a number is read as its text)
 * @param isMobile               whether the operator is a mobile network ({@code yes} or {@code no})
 */
public record OverallTraffic(
    Optional<LocalDate> msgDate,
    Optional<OffsetDateTime> msgDt,
    OptionalLong accountDim,
    OptionalLong billingAccountDim,
    OptionalLong customerDim,
    OptionalLong countryId,
    OptionalLong operatorDim,
    OptionalLong gateDim,
    OptionalLong billingGateDim,
    Optional<BigDecimal> sellPrice,
    Optional<BigDecimal> sellAmount,
    OptionalLong sellCurrency,
    Optional<String> sellCurrencyCode,
    OptionalLong inSmsCnt,
    OptionalLong inBilledSmsCnt,
    Optional<BigDecimal> buyPrice,
    Optional<BigDecimal> buyAmount,
    OptionalLong buyCurrency,
    Optional<String> buyCurrencyCode,
    OptionalLong outSmsCnt,
    OptionalLong outBilledSmsCnt,
    Optional<String> currency,
    Optional<String> currencyCode,
    Optional<BigDecimal> sellAmountInCurr,
    Optional<BigDecimal> buyAmountInCurr,
    Optional<BigDecimal> intCost,
    OptionalLong intRequestCnt,
    Optional<BigDecimal> profit,
    OptionalLong stProcessingCnt,
    OptionalLong stSentCnt,
    OptionalLong stRejectNackCnt,
    OptionalLong stRejectRulesCnt,
    OptionalLong stErrorCnt,
    OptionalLong stUnknownCnt,
    OptionalLong customerId,
    Optional<String> customerBriefName,
    OptionalLong billingAccountId,
    Optional<String> billingAccountName,
    OptionalLong supplierId,
    Optional<String> supplierBriefName,
    OptionalLong gateBillingAccountId,
    Optional<String> gateBillingAccountName,
    OptionalLong accountId,
    Optional<String> accountName,
    OptionalLong gateId,
    Optional<String> gateName,
    Optional<String> countryName,
    Optional<String> countryCode2,
    OptionalLong operatorId,
    Optional<String> operatorName,
    Optional<String> mcc,
    Optional<String> mnc,
    Optional<Boolean> isMobile) {

  /**
   * Validates the record: every component is present, possibly empty.
   *
   * @param msgDate the message date
   * @param msgDt the message date and hour, returned only at {@code grain=hour}
   * @param accountDim the account dimension
   * @param billingAccountDim the billing account dimension
   * @param customerDim the customer dimension
   * @param countryId the country ID
   * @param operatorDim the operator dimension
   * @param gateDim the gate dimension
   * @param billingGateDim the gate billing account dimension
   * @param sellPrice the customer price per unit
   * @param sellAmount the selling price per unit multiplied by the quantity ({@code sellPrice *
   *     inSmsCnt})
   * @param sellCurrency the ID of the selling price's currency
   * @param sellCurrencyCode the selling price's currency code
   * @param inSmsCnt the number of messages received from the customer for sending
   * @param inBilledSmsCnt the number of messages billed to the customer
   * @param buyPrice the supplier price per unit
   * @param buyAmount the buying price per unit multiplied by the quantity ({@code buyPrice *
   *     outSmsCnt})
   * @param buyCurrency the ID of the buying price's currency
   * @param buyCurrencyCode the buying price's currency code
   * @param outSmsCnt the number of messages sent by the supplier
   * @param outBilledSmsCnt the number of messages billed to the supplier
   * @param currency the ID of the platform currency (text, as documented)
   * @param currencyCode the platform currency's code
   * @param sellAmountInCurr the selling amount in the platform currency
   * @param buyAmountInCurr the buying amount in the platform currency
   * @param intCost the internal cost
   * @param intRequestCnt the number of MNP queries
   * @param profit {@code sellAmountInCurr - buyAmountInCurr - intCost}
   * @param stProcessingCnt the number of messages in statuses 'New', 'Waiting to be sent' and 'Waiting
   *     for MNP'
   * @param stSentCnt the number of messages in status 'Sent'
   * @param stRejectNackCnt the number of messages in status 'Rejected by NACK'
   * @param stRejectRulesCnt the number of messages in status 'Rejected by Rules'
   * @param stErrorCnt the number of messages in status 'Error'
   * @param stUnknownCnt the number of messages in another (unknown) status
   * @param customerId the customer ID
   * @param customerBriefName the customer's brief name
   * @param billingAccountId the ID of the pricing condition
   * @param billingAccountName the name of the pricing condition
   * @param supplierId the supplier ID
   * @param supplierBriefName the supplier's brief name
   * @param gateBillingAccountId the ID of the supplier pricing condition
   * @param gateBillingAccountName the name of the supplier pricing condition
   * @param accountId the ID of the customer connection
   * @param accountName the name of the customer connection
   * @param gateId the ID of the supplier gateway
   * @param gateName the name of the supplier gateway
   * @param countryName the country's name
   * @param countryCode2 the country code
   * @param operatorId the operator ID
   * @param operatorName the operator's name
   * @param mcc the mobile country code
   * @param mnc the mobile network code, as text (the model table says integer, the example and every
   *     other model say string; a number is read as its text)
   * @param isMobile whether the operator is a mobile network ({@code yes} or {@code no})
   */
  public OverallTraffic {
    Objects.requireNonNull(msgDate, "msgDate");
    Objects.requireNonNull(msgDt, "msgDt");
    Objects.requireNonNull(accountDim, "accountDim");
    Objects.requireNonNull(billingAccountDim, "billingAccountDim");
    Objects.requireNonNull(customerDim, "customerDim");
    Objects.requireNonNull(countryId, "countryId");
    Objects.requireNonNull(operatorDim, "operatorDim");
    Objects.requireNonNull(gateDim, "gateDim");
    Objects.requireNonNull(billingGateDim, "billingGateDim");
    Objects.requireNonNull(sellPrice, "sellPrice");
    Objects.requireNonNull(sellAmount, "sellAmount");
    Objects.requireNonNull(sellCurrency, "sellCurrency");
    Objects.requireNonNull(sellCurrencyCode, "sellCurrencyCode");
    Objects.requireNonNull(inSmsCnt, "inSmsCnt");
    Objects.requireNonNull(inBilledSmsCnt, "inBilledSmsCnt");
    Objects.requireNonNull(buyPrice, "buyPrice");
    Objects.requireNonNull(buyAmount, "buyAmount");
    Objects.requireNonNull(buyCurrency, "buyCurrency");
    Objects.requireNonNull(buyCurrencyCode, "buyCurrencyCode");
    Objects.requireNonNull(outSmsCnt, "outSmsCnt");
    Objects.requireNonNull(outBilledSmsCnt, "outBilledSmsCnt");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(currencyCode, "currencyCode");
    Objects.requireNonNull(sellAmountInCurr, "sellAmountInCurr");
    Objects.requireNonNull(buyAmountInCurr, "buyAmountInCurr");
    Objects.requireNonNull(intCost, "intCost");
    Objects.requireNonNull(intRequestCnt, "intRequestCnt");
    Objects.requireNonNull(profit, "profit");
    Objects.requireNonNull(stProcessingCnt, "stProcessingCnt");
    Objects.requireNonNull(stSentCnt, "stSentCnt");
    Objects.requireNonNull(stRejectNackCnt, "stRejectNackCnt");
    Objects.requireNonNull(stRejectRulesCnt, "stRejectRulesCnt");
    Objects.requireNonNull(stErrorCnt, "stErrorCnt");
    Objects.requireNonNull(stUnknownCnt, "stUnknownCnt");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerBriefName, "customerBriefName");
    Objects.requireNonNull(billingAccountId, "billingAccountId");
    Objects.requireNonNull(billingAccountName, "billingAccountName");
    Objects.requireNonNull(supplierId, "supplierId");
    Objects.requireNonNull(supplierBriefName, "supplierBriefName");
    Objects.requireNonNull(gateBillingAccountId, "gateBillingAccountId");
    Objects.requireNonNull(gateBillingAccountName, "gateBillingAccountName");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(gateId, "gateId");
    Objects.requireNonNull(gateName, "gateName");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(countryCode2, "countryCode2");
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(operatorName, "operatorName");
    Objects.requireNonNull(mcc, "mcc");
    Objects.requireNonNull(mnc, "mnc");
    Objects.requireNonNull(isMobile, "isMobile");
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
