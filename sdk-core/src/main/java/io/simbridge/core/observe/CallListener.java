package io.simbridge.core.observe;

/**
 * Receives the events of every call a client sends. Every method has an empty default: override
 * the ones you need. Register one or several with {@code ClientBuilder.addListener}.
 *
 * <p>Events arrive on the calling thread, synchronously, in this order for one call:
 * {@link #callStarted} for attempt 1, then possibly {@link #callLimitWaited},
 * {@link #rateLimited} and {@link #retrying} followed by {@link #callStarted} for the next
 * attempt, and finally exactly one {@link #callEnded}, whatever the outcome. All events of one
 * call carry the same {@link CallInfo}. {@link #tokenRenewed} arrives before the call that needed
 * the new credential.
 *
 * <p>A listener must be thread-safe (calls run on many threads) and quick. One that throws does
 * not disturb the call: the failure is logged once per listener at WARN and the call goes on.
 * When no listener is registered, no event is created at all.
 */
public interface CallListener {

  /**
   * An attempt is about to be sent (before waiting for the call limit).
   *
   * @param event the call and the attempt number, 1 for the first
   */
  default void callStarted(CallStarted event) {}

  /**
   * The attempt has to wait for the provider's documented call limit before it is sent; the
   * event arrives before the wait.
   *
   * @param event how long the attempt waits and the interval that imposes it
   */
  default void callLimitWaited(CallLimitWait event) {}

  /**
   * The provider answered with its rate-limit error ("too many requests").
   *
   * @param event the attempt and the wait the provider asked for
   */
  default void rateLimited(RateLimitAnswer event) {}

  /**
   * An attempt failed and the call will be retried after a wait.
   *
   * @param event why the attempt failed and how long the client waits before the next one
   */
  default void retrying(CallRetry event) {}

  /**
   * A credential obtained at run time (an OAuth2 access token, an OEM auth key) was fetched
   * again. The event never holds the credential.
   *
   * @param event the provider and why the credential was renewed
   */
  default void tokenRenewed(TokenRenewal event) {}

  /**
   * The call is over: it returned a value or is about to throw.
   *
   * @param event the outcome, the HTTP status, the duration and the bytes exchanged
   */
  default void callEnded(CallEnded event) {}
}
