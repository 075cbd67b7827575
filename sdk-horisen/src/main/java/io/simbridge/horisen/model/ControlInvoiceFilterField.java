package io.simbridge.horisen.model;

/**
 * The attributes the control invoice traffic report ({@code GET /control-invoices/{invoiceId}/traffic-reports})
 * can be filtered on, exactly as its documentation lists them.
 */
public enum ControlInvoiceFilterField implements FilterField {
  /** {@code supplierId}. */
  SUPPLIER_ID("supplierId"),
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
  /** {@code buyPrice}. */
  BUY_PRICE("buyPrice"),
  /** {@code buyPriceSinceDt}. */
  BUY_PRICE_SINCE_DT("buyPriceSinceDt"),
  /** {@code buyCurrency}. */
  BUY_CURRENCY("buyCurrency"),
  /** {@code buyCurrencyCode}. */
  BUY_CURRENCY_CODE("buyCurrencyCode"),
  /** {@code mcc}. */
  MCC("mcc"),
  /** {@code mnc}. */
  MNC("mnc");

  private final String apiName;

  ControlInvoiceFilterField(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}
