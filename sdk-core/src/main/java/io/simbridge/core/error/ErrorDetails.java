package io.simbridge.core.error;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed call: which provider and operation, the HTTP status if an answer
 * arrived, and the provider's own error code and message if it sent them.
 *
 * <p>Never holds a credential or a whole response body: provider messages are redacted before
 * they reach this record. Serializable, so an exception keeps its details across RMI, job
 * frameworks and distributed caches; a record is serialized by component name, so components
 * added later (an attempt count, a request id) read as their default from older streams.
 *
 * @param provider        the provider id, such as {@code thingsmobile}
 * @param operation       the provider operation, such as {@code simStatus}
 * @param httpStatus      the HTTP status of the answer, or {@code 0} when no answer arrived
 * @param providerCode    the provider's error code, or {@code null} when it sent none
 * @param providerMessage the provider's error message, or {@code null} when it sent none
 * @param attempts        how many attempts the call had made when it failed, {@code 0} when the
 *                        failure came before the first (or outside any call)
 * @param requestId       the identifier the provider gave the request (an {@code X-Request-Id}
 *                        answer header), or {@code null} when it gave none
 */
public record ErrorDetails(
    String provider,
    String operation,
    int httpStatus,
    String providerCode,
    String providerMessage,
    int attempts,
    String requestId)
    implements Serializable {

  /**
   * Validates the record.
   *
   * @param provider        the provider id, such as {@code thingsmobile}
   * @param operation       the provider operation, such as {@code simStatus}
   * @param httpStatus      the HTTP status of the answer, or {@code 0} when no answer arrived
   * @param providerCode    the provider's error code, or {@code null} when it sent none
   * @param providerMessage the provider's error message, or {@code null} when it sent none
   * @param attempts        how many attempts the call had made when it failed, {@code 0} when the
   *                        failure came before the first (or outside any call)
   * @param requestId       the identifier the provider gave the request (an {@code X-Request-Id}
   *                        answer header), or {@code null} when it gave none
   */
  public ErrorDetails {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(operation, "operation");
  }

  /**
   * Details without attempt count or request id.
   *
   * @param provider        the provider id
   * @param operation       the operation name
   * @param httpStatus      the HTTP status, {@code 0} when no answer arrived
   * @param providerCode    the provider's error code, may be {@code null}
   * @param providerMessage the provider's error message, may be {@code null}
   */
  public ErrorDetails(
      String provider,
      String operation,
      int httpStatus,
      String providerCode,
      String providerMessage) {
    this(provider, operation, httpStatus, providerCode, providerMessage, 0, null);
  }

  /**
   * Details of a call that got no answer (or none was needed).
   *
   * @param provider  the provider id
   * @param operation the operation name
   * @return details with no status, code or message
   */
  public static ErrorDetails of(String provider, String operation) {
    return new ErrorDetails(provider, operation, 0, null, null);
  }

  /**
   * Returns a copy with the given HTTP status.
   *
   * @param status the HTTP status of the answer
   * @return a copy of these details
   */
  public ErrorDetails withStatus(int status) {
    return new ErrorDetails(
        provider, operation, status, providerCode, providerMessage, attempts, requestId);
  }

  /**
   * Returns a copy with the provider's error code and message.
   *
   * @param code    the provider's code, may be {@code null}
   * @param message the provider's message, may be {@code null}
   * @return a copy of these details
   */
  public ErrorDetails withProviderError(String code, String message) {
    return new ErrorDetails(provider, operation, httpStatus, code, message, attempts, requestId);
  }

  /**
   * Returns a copy naming the attempt the failure happened in.
   *
   * @param attempt the attempt number, 1 for the first
   * @return a copy of these details
   */
  public ErrorDetails withAttempts(int attempt) {
    return new ErrorDetails(
        provider, operation, httpStatus, providerCode, providerMessage, attempt, requestId);
  }

  /**
   * Returns a copy with the provider's identifier of the request.
   *
   * @param id the identifier, may be {@code null} (then these details are returned)
   * @return a copy of these details
   */
  public ErrorDetails withRequestId(String id) {
    return id == null
        ? this
        : new ErrorDetails(
            provider, operation, httpStatus, providerCode, providerMessage, attempts, id);
  }

  /**
   * The provider's identifier of the request, to quote to its support.
   *
   * @return the identifier, if the provider gave one
   */
  public Optional<String> request() {
    return Optional.ofNullable(requestId);
  }

  /** @return the HTTP status, empty when no answer arrived */
  public OptionalInt status() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /** @return the provider's error code, if it sent one */
  public Optional<String> code() {
    return Optional.ofNullable(providerCode);
  }

  /** @return the provider's error message, if it sent one */
  public Optional<String> message() {
    return Optional.ofNullable(providerMessage);
  }

  /**
   * Renders these details for an exception message: {@code [provider operation] HTTP 200,
   * provider code 40: message}.
   *
   * @return a one-line description
   */
  String describe() {
    StringBuilder sb =
        new StringBuilder().append('[').append(provider).append(' ').append(operation).append(']');
    if (httpStatus > 0) {
      sb.append(" HTTP ").append(httpStatus);
    }
    if (providerCode != null) {
      sb.append(httpStatus > 0 ? ", " : " ").append("provider code ").append(providerCode);
    }
    if (requestId != null) {
      sb.append(httpStatus > 0 || providerCode != null ? ", " : " ")
          .append("request id ")
          .append(requestId);
    }
    if (providerMessage != null && !providerMessage.isBlank()) {
      sb.append(": ").append(providerMessage);
    }
    return sb.toString();
  }
}
