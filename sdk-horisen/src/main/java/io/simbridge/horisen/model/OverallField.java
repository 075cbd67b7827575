package io.simbridge.horisen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fields of the overall traffic report (model 4.8 OverallTraffic) and, for each, what the
 * documentation of {@code GET /overall-traffic-reports} allows: whether it can be embedded
 * ({@code embed}), grouped by ({@code groupBy}), sorted on ({@code sort}) and filtered on, whether
 * the server sums it over each group (aggregated), whether it is returned when {@code embed} is
 * empty, and whether it needs {@code grain=hour} ({@code msgDt}).
 *
 * <p>Groupable fields are exactly the fields that are not aggregated. {@code isMobile} can be
 * embedded and grouped by, but neither sorted nor filtered on; {@code msgDate} and {@code msgDt}
 * cannot be filtered on (the period is {@code startDt}/{@code endDt}); {@code sellPriceSinceDt}
 * appears only in the filter list.
 */
public enum OverallField implements FilterField {
  // apiName, embed, groupBy, sort, filter, aggregated, embedded by default, grain=hour only
  /** The message date. */
  MSG_DATE("msgDate", true, true, true, false, false, true, false),
  /** The message date and hour, returned only at {@code grain=hour}. */
  MSG_DT("msgDt", true, true, true, false, false, true, true),
  /** The account dimension. */
  ACCOUNT_DIM("accountDim", true, true, true, true, false, false, false),
  /** The billing account dimension. */
  BILLING_ACCOUNT_DIM("billingAccountDim", true, true, true, true, false, false, false),
  /** The customer dimension. */
  CUSTOMER_DIM("customerDim", true, true, true, true, false, false, false),
  /** The country ID. */
  COUNTRY_ID("countryId", true, true, true, true, false, true, false),
  /** The operator dimension. */
  OPERATOR_DIM("operatorDim", true, true, true, true, false, false, false),
  /** The gate dimension. */
  GATE_DIM("gateDim", true, true, true, true, false, false, false),
  /** The gate billing account dimension. */
  BILLING_GATE_DIM("billingGateDim", true, true, true, true, false, false, false),
  /** The customer price per unit. */
  SELL_PRICE("sellPrice", true, true, true, true, false, true, false),
  /** The selling price per unit multiplied by the quantity ({@code sellPrice * inSmsCnt}). */
  SELL_AMOUNT("sellAmount", true, false, true, true, true, true, false),
  /** The ID of the selling price's currency. */
  SELL_CURRENCY("sellCurrency", true, true, true, true, false, false, false),
  /** The selling price's currency code. */
  SELL_CURRENCY_CODE("sellCurrencyCode", true, true, true, true, false, true, false),
  /** The number of messages received from the customer for sending. */
  IN_SMS_CNT("inSmsCnt", true, false, true, true, true, true, false),
  /** The number of messages billed to the customer. */
  IN_BILLED_SMS_CNT("inBilledSmsCnt", true, false, true, true, true, true, false),
  /** The supplier price per unit. */
  BUY_PRICE("buyPrice", true, true, true, true, false, true, false),
  /** The buying price per unit multiplied by the quantity ({@code buyPrice * outSmsCnt}). */
  BUY_AMOUNT("buyAmount", true, false, true, true, true, true, false),
  /** The ID of the buying price's currency. */
  BUY_CURRENCY("buyCurrency", true, true, true, true, false, false, false),
  /** The buying price's currency code. */
  BUY_CURRENCY_CODE("buyCurrencyCode", true, true, true, true, false, true, false),
  /** The number of messages sent by the supplier. */
  OUT_SMS_CNT("outSmsCnt", true, false, true, true, true, true, false),
  /** The number of messages billed to the supplier. */
  OUT_BILLED_SMS_CNT("outBilledSmsCnt", true, false, true, true, true, true, false),
  /** The ID of the platform currency (text, as documented). */
  CURRENCY("currency", true, true, true, true, false, false, false),
  /** The platform currency's code. */
  CURRENCY_CODE("currencyCode", true, true, true, true, false, true, false),
  /** The selling amount in the platform currency. */
  SELL_AMOUNT_IN_CURR("sellAmountInCurr", true, false, true, true, true, true, false),
  /** The buying amount in the platform currency. */
  BUY_AMOUNT_IN_CURR("buyAmountInCurr", true, false, true, true, true, true, false),
  /** The internal cost. */
  INT_COST("intCost", true, false, true, true, true, true, false),
  /** The number of MNP queries. */
  INT_REQUEST_CNT("intRequestCnt", true, false, true, true, true, true, false),
  /** {@code sellAmountInCurr - buyAmountInCurr - intCost}. */
  PROFIT("profit", true, false, true, true, true, true, false),
  /** The number of messages in statuses 'New', 'Waiting to be sent' and 'Waiting for MNP'. */
  ST_PROCESSING_CNT("stProcessingCnt", true, false, true, true, true, true, false),
  /** The number of messages in status 'Sent'. */
  ST_SENT_CNT("stSentCnt", true, false, true, true, true, true, false),
  /** The number of messages in status 'Rejected by NACK'. */
  ST_REJECT_NACK_CNT("stRejectNackCnt", true, false, true, true, true, true, false),
  /** The number of messages in status 'Rejected by Rules'. */
  ST_REJECT_RULES_CNT("stRejectRulesCnt", true, false, true, true, true, true, false),
  /** The number of messages in status 'Error'. */
  ST_ERROR_CNT("stErrorCnt", true, false, true, true, true, true, false),
  /** The number of messages in another (unknown) status. */
  ST_UNKNOWN_CNT("stUnknownCnt", true, false, true, true, true, true, false),
  /** The customer ID. */
  CUSTOMER_ID("customerId", true, true, true, true, false, true, false),
  /** The customer's brief name. */
  CUSTOMER_BRIEF_NAME("customerBriefName", true, true, true, true, false, true, false),
  /** The ID of the pricing condition. */
  BILLING_ACCOUNT_ID("billingAccountId", true, true, true, true, false, true, false),
  /** The name of the pricing condition. */
  BILLING_ACCOUNT_NAME("billingAccountName", true, true, true, true, false, true, false),
  /** The supplier ID. */
  SUPPLIER_ID("supplierId", true, true, true, true, false, true, false),
  /** The supplier's brief name. */
  SUPPLIER_BRIEF_NAME("supplierBriefName", true, true, true, true, false, true, false),
  /** The ID of the supplier pricing condition. */
  GATE_BILLING_ACCOUNT_ID("gateBillingAccountId", true, true, true, true, false, true, false),
  /** The name of the supplier pricing condition. */
  GATE_BILLING_ACCOUNT_NAME("gateBillingAccountName", true, true, true, true, false, true, false),
  /** The ID of the customer connection. */
  ACCOUNT_ID("accountId", true, true, true, true, false, true, false),
  /** The name of the customer connection. */
  ACCOUNT_NAME("accountName", true, true, true, true, false, true, false),
  /** The ID of the supplier gateway. */
  GATE_ID("gateId", true, true, true, true, false, true, false),
  /** The name of the supplier gateway. */
  GATE_NAME("gateName", true, true, true, true, false, true, false),
  /** The country's name. */
  COUNTRY_NAME("countryName", true, true, true, true, false, false, false),
  /** The country code. */
  COUNTRY_CODE2("countryCode2", true, true, true, true, false, true, false),
  /** The operator ID. */
  OPERATOR_ID("operatorId", true, true, true, true, false, true, false),
  /** The operator's name. */
  OPERATOR_NAME("operatorName", true, true, true, true, false, true, false),
  /** The mobile country code. */
  MCC("mcc", true, true, true, true, false, true, false),
  /** The mobile network code, as text (the model table says integer, the example and every other model say string; a number is read as its text). */
  MNC("mnc", true, true, true, true, false, true, false),
  /** Whether the operator is a mobile network ({@code yes} or {@code no}). */
  IS_MOBILE("isMobile", true, true, false, false, false, false, false),
  /** When the selling price took effect: listed among the overall report's filter attributes only, so it can be filtered on but is neither embedded, grouped nor sorted. */
  SELL_PRICE_SINCE_DT("sellPriceSinceDt", false, false, false, true, false, false, false);

  private final String apiName;
  private final boolean embeddable;
  private final boolean groupable;
  private final boolean sortable;
  private final boolean filterable;
  private final boolean aggregated;
  private final boolean embeddedByDefault;
  private final boolean hourGrainOnly;

  OverallField(
      String apiName,
      boolean embeddable,
      boolean groupable,
      boolean sortable,
      boolean filterable,
      boolean aggregated,
      boolean embeddedByDefault,
      boolean hourGrainOnly) {
    this.apiName = apiName;
    this.embeddable = embeddable;
    this.groupable = groupable;
    this.sortable = sortable;
    this.filterable = filterable;
    this.aggregated = aggregated;
    this.embeddedByDefault = embeddedByDefault;
    this.hourGrainOnly = hourGrainOnly;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** @return whether it may be listed in {@code embed} */
  public boolean embeddable() {
    return embeddable;
  }

  /** @return whether it may be listed in {@code groupBy} */
  public boolean groupable() {
    return groupable;
  }

  /** @return whether it may be listed in {@code sort} */
  public boolean sortable() {
    return sortable;
  }

  /** @return whether the overall report accepts a filter on it */
  @Override
  public boolean filterable() {
    return filterable;
  }

  /** @return whether the server sums it over each group (the documentation's aggregated fields) */
  public boolean aggregated() {
    return aggregated;
  }

  /** @return whether it is returned when {@code embed} is empty (at hourly grain for {@code msgDt}) */
  public boolean embeddedByDefault() {
    return embeddedByDefault;
  }

  /** @return whether it may be used only with {@code grain=hour} */
  public boolean hourGrainOnly() {
    return hourGrainOnly;
  }

  /**
   * @param apiName a field name as the API writes it, such as {@code countryName}
   * @return the field, if there is one of that name
   */
  public static Optional<OverallField> fromApiName(String apiName) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(apiName)).findFirst();
  }

  /**
   * @param grain the report's grain
   * @return the fields returned when {@code embed} is empty, in this enum's order
   */
  public static List<OverallField> defaultEmbed(Grain grain) {
    return select(f -> f.embeddedByDefault && (!f.hourGrainOnly || grain == Grain.HOUR));
  }

  static List<OverallField> select(Predicate<OverallField> p) {
    return Arrays.stream(values()).filter(p).toList();
  }
}
