package io.simbridge.core.model;

/** What an overall traffic report can be grouped by. */
public enum ReportDimension {
  /** The day (or hour, at hourly grain) of the traffic. */
  DATE,
  /** The destination country. */
  COUNTRY,
  /** The destination operator. */
  OPERATOR,
  /** The customer who sent the traffic. */
  CUSTOMER,
  /** The supplier who carried it. */
  SUPPLIER
}
