package io.simbridge.horisen.model;

/**
 * The attributes the control traffic report ({@code GET /control-traffic-reports})
 * can be filtered on, exactly as its documentation lists them.
 */
public enum ControlReportFilterField implements FilterField {
  /** {@code supplierId}. */
  SUPPLIER_ID("supplierId"),
  /** {@code supplierBriefName}. */
  SUPPLIER_BRIEF_NAME("supplierBriefName"),
  /** {@code supplierExtRefId}. */
  SUPPLIER_EXT_REF_ID("supplierExtRefId"),
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

  ControlReportFilterField(String apiName) {
    this.apiName = apiName;
  }

  @Override
  public String apiName() {
    return apiName;
  }
}
