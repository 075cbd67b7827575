package io.simbridge.horisen.model;

/**
 * An attribute a report endpoint can be filtered on. Each endpoint has its own enum of the
 * attributes its documentation lists, so that a {@link Filter} built for one endpoint cannot be
 * sent to another: {@link CustomerInvoiceFilterField}, {@link CustomerReportFilterField},
 * {@link ControlInvoiceFilterField}, {@link ControlReportFilterField} and {@link OverallField}.
 */
public sealed interface FilterField
    permits CustomerInvoiceFilterField,
        CustomerReportFilterField,
        ControlInvoiceFilterField,
        ControlReportFilterField,
        OverallField {

  /** @return the attribute's name in the API, such as {@code countryName} */
  String apiName();

  /**
   * @return whether the endpoint accepts a filter on this attribute; always true except for the
   *     {@link OverallField}s the documentation leaves out of the overall report's filter list
   */
  default boolean filterable() {
    return true;
  }
}
