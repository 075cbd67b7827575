package io.simbridge.horisen.internal;

import java.util.List;

/**
 * The documented columns of the CSV reports: the customer report's and the control report's
 * differ only in the counterparty's three columns.
 */
public enum CsvLayout {
  /** {@code GET /customer-traffic-reports?outputFormat=csv}. */
  CUSTOMER("CUSTOMER"),
  /** {@code GET /control-traffic-reports?outputFormat=csv}. */
  SUPPLIER("SUPPLIER");

  static final String PRICING_COND_ID = "PRICING_COND_ID";
  static final String PRICING_COND_NAME = "PRICING_COND_NAME";
  static final String COUNTRY = "COUNTRY";
  static final String OPERATOR = "OPERATOR";
  static final String MCC = "MCC";
  static final String MNC = "MNC";
  static final String PRICE_PERIOD = "PRICE_PERIOD";
  static final String SMS_COUNT = "SMS_COUNT";
  static final String CURRENCY = "CURRENCY";
  static final String PRICE = "PRICE";
  static final String AMOUNT = "AMOUNT";

  private final String id;
  private final String name;
  private final String ref;

  CsvLayout(String party) {
    this.id = party + "_ID";
    this.name = party + "_NAME";
    this.ref = party + "_REF_ID";
  }

  String idColumn() {
    return id;
  }

  String nameColumn() {
    return name;
  }

  String refColumn() {
    return ref;
  }

  /** @return every documented column, in the documented order */
  List<String> columns() {
    return List.of(
        id,
        name,
        ref,
        PRICING_COND_ID,
        PRICING_COND_NAME,
        COUNTRY,
        OPERATOR,
        MCC,
        MNC,
        PRICE_PERIOD,
        SMS_COUNT,
        CURRENCY,
        PRICE,
        AMOUNT);
  }
}
