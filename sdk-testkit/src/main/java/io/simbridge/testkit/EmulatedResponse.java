package io.simbridge.testkit;

import java.util.Map;
import java.util.Objects;

/**
 * An emulator's answer.
 *
 * @param status      the HTTP status
 * @param contentType the media type of the body
 * @param body        the body
 * @param headers     extra headers
 */
public record EmulatedResponse(
    int status, String contentType, String body, Map<String, String> headers) {

  /**
   * Validates and freezes the record.
   *
   * @param status      the HTTP status
   * @param contentType the media type of the body
   * @param body        the body
   * @param headers     extra headers
   */
  public EmulatedResponse {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /**
   * @param status the status
   * @param body an XML body
   * @return the answer
   */
  public static EmulatedResponse xml(int status, String body) {
    return new EmulatedResponse(status, "application/xml; charset=utf-8", body, Map.of());
  }

  /**
   * @param status the status
   * @param body a JSON body
   * @return the answer
   */
  public static EmulatedResponse json(int status, String body) {
    return new EmulatedResponse(status, "application/json; charset=utf-8", body, Map.of());
  }

  /**
   * @param body a CSV body
   * @return a 200 answer
   */
  public static EmulatedResponse csv(String body) {
    return new EmulatedResponse(200, "text/csv; charset=utf-8", body, Map.of());
  }
}
