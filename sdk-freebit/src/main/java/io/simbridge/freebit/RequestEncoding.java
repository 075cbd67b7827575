package io.simbridge.freebit;

/**
 * How the JSON document of a freebit call is sent. freebit's documentation says only "POST (JSON
 * format)"; public integrations send the document as a form field.
 */
public enum RequestEncoding {
  /**
   * The JSON document as the value of a {@code multipart/form-data} field named {@code json}
   * ({@code json={"authKey":"...","account":"..."}}), as public integrations do. The default.
   */
  FORM_FIELD_JSON,
  /** The JSON document as the whole body, {@code Content-Type: application/json}. */
  JSON_BODY
}
