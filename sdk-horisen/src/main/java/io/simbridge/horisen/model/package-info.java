/**
 * The HORISEN Traffic Report API's requests and answers: the report rows
 * ({@link io.simbridge.horisen.model.TrafficReport}, {@link io.simbridge.horisen.model.CustTrafficReport},
 * {@link io.simbridge.horisen.model.ControlInvoiceTrafficReport},
 * {@link io.simbridge.horisen.model.ContTrafficReport}, {@link io.simbridge.horisen.model.OverallTraffic},
 * {@link io.simbridge.horisen.model.TrafficReportCsvRow}), pages with their pagination metadata,
 * the overall report's request and fields, and the URL filter language
 * ({@link io.simbridge.horisen.model.Filter}).
 */
package io.simbridge.horisen.model;
