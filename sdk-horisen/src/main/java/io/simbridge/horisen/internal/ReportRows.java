package io.simbridge.horisen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.horisen.model.TrafficReport;
import io.simbridge.horisen.model.ControlInvoiceTrafficReport;
import io.simbridge.horisen.model.CustTrafficReport;
import io.simbridge.horisen.model.ContTrafficReport;
import io.simbridge.horisen.model.OverallTraffic;

/**
 * Reads one {@code data} item of each report answer into its record, field by field as the
 * documentation's model tables name them; {@link JsonFields} reads each type tolerantly.
 */
final class ReportRows {
  private ReportRows() {}

  static TrafficReport trafficReport(JsonNode row) {
    return new TrafficReport(
        JsonFields.integer(row, "customerId"),
        JsonFields.integer(row, "billingAccountId"),
        JsonFields.text(row, "billingAccountName"),
        JsonFields.integer(row, "countryId"),
        JsonFields.text(row, "countryName"),
        JsonFields.text(row, "countryCode2"),
        JsonFields.integer(row, "operatorId"),
        JsonFields.text(row, "operatorName"),
        JsonFields.integer(row, "inSmsCnt"),
        JsonFields.decimal(row, "sellPrice"),
        JsonFields.dateTime(row, "sellPriceSinceDt"),
        JsonFields.integer(row, "sellCurrency"),
        JsonFields.text(row, "sellCurrencyCode"),
        JsonFields.text(row, "mcc"),
        JsonFields.text(row, "mnc"),
        JsonFields.dateTime(row, "startDt"),
        JsonFields.dateTime(row, "endDt"),
        JsonFields.decimal(row, "totalAmount"));
  }

  static ControlInvoiceTrafficReport controlInvoiceTrafficReport(JsonNode row) {
    return new ControlInvoiceTrafficReport(
        JsonFields.integer(row, "supplierId"),
        JsonFields.integer(row, "billingAccountId"),
        JsonFields.text(row, "billingAccountName"),
        JsonFields.integer(row, "countryId"),
        JsonFields.text(row, "countryName"),
        JsonFields.text(row, "countryCode2"),
        JsonFields.integer(row, "operatorId"),
        JsonFields.text(row, "operatorName"),
        JsonFields.integer(row, "outSmsCnt"),
        JsonFields.decimal(row, "buyPrice"),
        JsonFields.dateTime(row, "buyPriceSinceDt"),
        JsonFields.integer(row, "buyCurrency"),
        JsonFields.text(row, "buyCurrencyCode"),
        JsonFields.text(row, "mcc"),
        JsonFields.text(row, "mnc"),
        JsonFields.dateTime(row, "startDt"),
        JsonFields.dateTime(row, "endDt"),
        JsonFields.decimal(row, "totalAmount"));
  }

  static CustTrafficReport custTrafficReport(JsonNode row) {
    return new CustTrafficReport(
        JsonFields.integer(row, "customerId"),
        JsonFields.text(row, "customerBriefName"),
        JsonFields.text(row, "customerExtRefId"),
        JsonFields.integer(row, "billingAccountId"),
        JsonFields.text(row, "billingAccountName"),
        JsonFields.integer(row, "countryId"),
        JsonFields.text(row, "countryName"),
        JsonFields.text(row, "countryCode2"),
        JsonFields.integer(row, "operatorId"),
        JsonFields.text(row, "operatorName"),
        JsonFields.text(row, "mcc"),
        JsonFields.text(row, "mnc"),
        JsonFields.dateTime(row, "startDt"),
        JsonFields.dateTime(row, "endDt"),
        JsonFields.integer(row, "inSmsCnt"),
        JsonFields.integer(row, "sellCurrency"),
        JsonFields.text(row, "sellCurrencyCode"),
        JsonFields.decimal(row, "sellPrice"),
        JsonFields.decimal(row, "totalAmount"));
  }

  static ContTrafficReport contTrafficReport(JsonNode row) {
    return new ContTrafficReport(
        JsonFields.integer(row, "supplierId"),
        JsonFields.text(row, "supplierBriefName"),
        JsonFields.text(row, "supplierExtRefId"),
        JsonFields.integer(row, "billingAccountId"),
        JsonFields.text(row, "billingAccountName"),
        JsonFields.integer(row, "countryId"),
        JsonFields.text(row, "countryName"),
        JsonFields.text(row, "countryCode2"),
        JsonFields.integer(row, "operatorId"),
        JsonFields.text(row, "operatorName"),
        JsonFields.text(row, "mcc"),
        JsonFields.text(row, "mnc"),
        JsonFields.dateTime(row, "startDt"),
        JsonFields.dateTime(row, "endDt"),
        JsonFields.integer(row, "outSmsCnt"),
        JsonFields.integer(row, "buyCurrency"),
        JsonFields.text(row, "buyCurrencyCode"),
        JsonFields.decimal(row, "buyPrice"),
        JsonFields.decimal(row, "totalAmount"));
  }

  static OverallTraffic overallTraffic(JsonNode row) {
    return new OverallTraffic(
        JsonFields.date(row, "msgDate"),
        JsonFields.dateTime(row, "msgDt"),
        JsonFields.integer(row, "accountDim"),
        JsonFields.integer(row, "billingAccountDim"),
        JsonFields.integer(row, "customerDim"),
        JsonFields.integer(row, "countryId"),
        JsonFields.integer(row, "operatorDim"),
        JsonFields.integer(row, "gateDim"),
        JsonFields.integer(row, "billingGateDim"),
        JsonFields.decimal(row, "sellPrice"),
        JsonFields.decimal(row, "sellAmount"),
        JsonFields.integer(row, "sellCurrency"),
        JsonFields.text(row, "sellCurrencyCode"),
        JsonFields.integer(row, "inSmsCnt"),
        JsonFields.integer(row, "inBilledSmsCnt"),
        JsonFields.decimal(row, "buyPrice"),
        JsonFields.decimal(row, "buyAmount"),
        JsonFields.integer(row, "buyCurrency"),
        JsonFields.text(row, "buyCurrencyCode"),
        JsonFields.integer(row, "outSmsCnt"),
        JsonFields.integer(row, "outBilledSmsCnt"),
        JsonFields.text(row, "currency"),
        JsonFields.text(row, "currencyCode"),
        JsonFields.decimal(row, "sellAmountInCurr"),
        JsonFields.decimal(row, "buyAmountInCurr"),
        JsonFields.decimal(row, "intCost"),
        JsonFields.integer(row, "intRequestCnt"),
        JsonFields.decimal(row, "profit"),
        JsonFields.integer(row, "stProcessingCnt"),
        JsonFields.integer(row, "stSentCnt"),
        JsonFields.integer(row, "stRejectNackCnt"),
        JsonFields.integer(row, "stRejectRulesCnt"),
        JsonFields.integer(row, "stErrorCnt"),
        JsonFields.integer(row, "stUnknownCnt"),
        JsonFields.integer(row, "customerId"),
        JsonFields.text(row, "customerBriefName"),
        JsonFields.integer(row, "billingAccountId"),
        JsonFields.text(row, "billingAccountName"),
        JsonFields.integer(row, "supplierId"),
        JsonFields.text(row, "supplierBriefName"),
        JsonFields.integer(row, "gateBillingAccountId"),
        JsonFields.text(row, "gateBillingAccountName"),
        JsonFields.integer(row, "accountId"),
        JsonFields.text(row, "accountName"),
        JsonFields.integer(row, "gateId"),
        JsonFields.text(row, "gateName"),
        JsonFields.text(row, "countryName"),
        JsonFields.text(row, "countryCode2"),
        JsonFields.integer(row, "operatorId"),
        JsonFields.text(row, "operatorName"),
        JsonFields.text(row, "mcc"),
        JsonFields.text(row, "mnc"),
        JsonFields.yesNo(row, "isMobile"));
  }
}
