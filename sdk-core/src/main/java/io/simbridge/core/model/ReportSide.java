package io.simbridge.core.model;

/** Which side of the traffic a report row describes. */
public enum ReportSide {
  /** Traffic received from customers and what they are charged. */
  CUSTOMER,
  /** Traffic sent to suppliers and what they charge. */
  SUPPLIER,
  /** Both sides together, as an overall report groups them. */
  OVERALL
}
