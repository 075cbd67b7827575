package io.simbridge.horisen.model;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;

/**
 * The calls simbridge makes to HORISEN: the five endpoints of the Traffic Report API v2 and the
 * OAuth2 token request. The documentation names an endpoint by its path only
 * ({@code GET /customer-traffic-reports}); its wire name here is that path in camel case, as
 * simbridge reports it in errors and logs. All are reads, safe to repeat; the documentation states
 * no call limit. The CSV form of a report is the same operation as its JSON form.
 */
public enum HorisenOperation implements ProviderOperation {
  /** {@code GET /customer-invoices/{invoiceId}/traffic-reports}. */
  CUSTOMER_INVOICE_TRAFFIC_REPORTS("customerInvoiceTrafficReports"),
  /** {@code GET /customer-traffic-reports}. */
  CUSTOMER_TRAFFIC_REPORTS("customerTrafficReports"),
  /** {@code GET /control-invoices/{invoiceId}/traffic-reports}. */
  CONTROL_INVOICE_TRAFFIC_REPORTS("controlInvoiceTrafficReports"),
  /** {@code GET /control-traffic-reports}. */
  CONTROL_TRAFFIC_REPORTS("controlTrafficReports"),
  /** {@code GET /overall-traffic-reports}. */
  OVERALL_TRAFFIC_REPORTS("overallTrafficReports"),
  /**
   * {@code POST /oauth2/access-token} (client credentials grant), on the accounts host. Not a
   * report, and not in the Traffic Report document, but a call simbridge makes and times like the
   * others, so it is listed here: tools reading the operations (emulators, metrics) see every call,
   * and its interval can be set like any other. Obtaining a token changes nothing on the
   * provider's side, so it is a read.
   */
  OAUTH2_ACCESS_TOKEN("oauth2AccessToken");

  // The provider id; the model may not import the client, which declares it as PROVIDER_ID.
  private static final String PROVIDER = "horisen";

  private final String wireName;

  HorisenOperation(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public boolean isWrite() {
    return false;
  }

  @Override
  public Duration documentedInterval() {
    return Duration.ZERO;
  }
}
