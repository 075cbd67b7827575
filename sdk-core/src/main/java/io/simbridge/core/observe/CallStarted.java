package io.simbridge.core.observe;

import java.util.Objects;

/**
 * An attempt of a call is about to be sent.
 *
 * @param call    the call
 * @param attempt the attempt number, 1 for the first
 */
public record CallStarted(CallInfo call, int attempt) {

  /**
   * Validates the record.
   *
   * @param call    the call
   * @param attempt the attempt number, 1 for the first
   */
  public CallStarted {
    Objects.requireNonNull(call, "call");
  }
}
