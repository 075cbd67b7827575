package io.simbridge.horisen.model;

/**
 * The attributes the customer traffic report ({@code GET /customer-traffic-reports})
 * can be filtered on, exactly as its documentation lists them.
 */
public enum CustomerReportFilterField implements FilterField {
  /** {@code customerId}. */
  CUSTOMER_ID("customerId"),
  /** {@code customerBriefName}. */
  CUSTOMER_BRIEF_NAME("customerBriefName"),
  /** {@code customerExtRefId}. */
  CUSTOMER_EXT_REF_ID("customerExtRefId"),
  /** {@code billingAccountId}. */
  BILLING_ACCOUNT_ID("billingAccountId"),
  /** {@code billingAccountName}. */
  BILLING_ACCOUNT_NAME("billingAccountName"),
  /** {@code countryId}. */
  COUNTRY_ID("countryId"),
  /** {@code countryName}. */
  COUNTRY_NAME("countryName"),
  /** {@code operatorId}. */
  OPERATOR_ID("operatorId"),
  /** {@code operatorName}. */
  OPERATOR_NAME("operatorName");

  private final String apiName;

  CustomerReportFilterField(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}
