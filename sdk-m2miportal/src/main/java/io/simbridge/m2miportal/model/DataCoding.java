package io.simbridge.m2miportal.model;

/** How {@code send_sms} encodes the message ({@code data_coding}). */
public enum DataCoding {
  /** {@code default}: the GSM 7-bit default alphabet. */
  DEFAULT("default"),
  /**
   * {@code binary}: available for one SIM type only. The docs state one text rule for every
   * coding, so the text is still checked against the GSM 7-bit alphabet and length.
   */
  BINARY("binary");

  private final String wireValue;

  DataCoding(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value sent in the request's {@code <data_coding>} element.
   *
   * @return the value sent in the request's {@code <data_coding>} element
   */
  public String wireValue() {
    return wireValue;
  }
}
