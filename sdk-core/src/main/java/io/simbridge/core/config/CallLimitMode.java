package io.simbridge.core.config;

/** What a call does when the provider's documented call limit says it is too early. */
public enum CallLimitMode {
  /** Wait for its turn (the default). Waiting threads are served in arrival order. */
  WAIT,
  /**
   * Fail at once with a client-side {@link io.simbridge.core.error.RateLimitedException} that
   * says how long to wait; nothing is sent.
   */
  FAIL_FAST
}
