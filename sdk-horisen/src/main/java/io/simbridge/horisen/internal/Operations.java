package io.simbridge.horisen.internal;

import io.simbridge.core.internal.http.OperationSpec;

/**
 * The API's operations, declared once. All are reads, safe to repeat; the documentation states no
 * call limit. The CSV form of a report is the same operation as its JSON form.
 */
public final class Operations {
  /** {@code GET /customer-invoices/{invoiceId}/traffic-reports}. */
  public static final OperationSpec CUSTOMER_INVOICE_TRAFFIC_REPORTS = OperationSpec.read("customerInvoiceTrafficReports");
  /** {@code GET /customer-traffic-reports}. */
  public static final OperationSpec CUSTOMER_TRAFFIC_REPORTS = OperationSpec.read("customerTrafficReports");
  /** {@code GET /control-invoices/{invoiceId}/traffic-reports}. */
  public static final OperationSpec CONTROL_INVOICE_TRAFFIC_REPORTS = OperationSpec.read("controlInvoiceTrafficReports");
  /** {@code GET /control-traffic-reports}. */
  public static final OperationSpec CONTROL_TRAFFIC_REPORTS = OperationSpec.read("controlTrafficReports");
  /** {@code GET /overall-traffic-reports}. */
  public static final OperationSpec OVERALL_TRAFFIC_REPORTS = OperationSpec.read("overallTrafficReports");
  /**
   * {@code POST /oauth2/access-token} (client credentials grant). Obtaining a token changes
   * nothing on the provider's side, so it is retried like a read.
   */
  public static final OperationSpec ACCESS_TOKEN = OperationSpec.read("oauth2AccessToken");

  private Operations() {}
}
