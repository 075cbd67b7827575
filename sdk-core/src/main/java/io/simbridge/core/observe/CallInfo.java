package io.simbridge.core.observe;

import java.util.Objects;

/**
 * One call, the same instance in every event of that call (a listener may key per-call state on
 * it). Holds the server's host and port but never the URL's path or query, which may carry a
 * credential or a SIM identifier.
 *
 * @param id            a number unique to this call within the JVM
 * @param operation     the operation
 * @param method        the HTTP method, such as {@code POST}
 * @param serverAddress the host the call is sent to
 * @param serverPort    the port the call is sent to
 */
public record CallInfo(
    long id, CallOperation operation, String method, String serverAddress, int serverPort) {

  /**
   * Validates the record.
   *
   * @param id            a number unique to this call within the JVM
   * @param operation     the operation
   * @param method        the HTTP method, such as {@code POST}
   * @param serverAddress the host the call is sent to
   * @param serverPort    the port the call is sent to
   */
  public CallInfo {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(serverAddress, "serverAddress");
  }
}
