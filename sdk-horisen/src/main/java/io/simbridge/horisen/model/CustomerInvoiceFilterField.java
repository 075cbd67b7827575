package io.simbridge.horisen.model;

/**
 * The attributes the customer invoice traffic report ({@code GET /customer-invoices/{invoiceId}/traffic-reports})
 * can be filtered on, exactly as its documentation lists them.
 */
public enum CustomerInvoiceFilterField implements FilterField {
  /** {@code customerId}. */
  CUSTOMER_ID("customerId"),
  /** {@code billingAccountId}. */
  BILLING_ACCOUNT_ID("billingAccountId"),
  /** {@code billingAccountName}. */
  BILLING_ACCOUNT_NAME("billingAccountName"),
  /** {@code countryId}. */
  COUNTRY_ID("countryId"),
  /** {@code countryName}. */
  COUNTRY_NAME("countryName"),
  /** {@code countryCode2}. */
  COUNTRY_CODE2("countryCode2"),
  /** {@code operatorId}. */
  OPERATOR_ID("operatorId"),
  /** {@code operatorName}. */
  OPERATOR_NAME("operatorName"),
  /** {@code sellPrice}. */
  SELL_PRICE("sellPrice"),
  /** {@code sellPriceSinceDt}. */
  SELL_PRICE_SINCE_DT("sellPriceSinceDt"),
  /** {@code sellCurrency}. */
  SELL_CURRENCY("sellCurrency"),
  /** {@code sellCurrencyCode}. */
  SELL_CURRENCY_CODE("sellCurrencyCode"),
  /** {@code mcc}. */
  MCC("mcc"),
  /** {@code mnc}. */
  MNC("mnc");

  private final String apiName;

  CustomerInvoiceFilterField(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}
