package io.simbridge.core.error;

/**
 * A write (activate, suspend, recharge, send SMS...) may or may not have been applied: the
 * request may have reached the provider, but its answer was lost (connection reset, read
 * timeout), was a server error, or arrived in a form that could not be read. simbridge never repeats such a write on its own; check the
 * SIM's state before deciding to send it again.
 */
public class AmbiguousOutcomeException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the call
   * @param cause   the failure that left the outcome unknown
   */
  public AmbiguousOutcomeException(ErrorDetails details, Throwable cause) {
    super(
        details,
        "the outcome of this write is unknown: it may have been applied; it was not repeated"
            + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")"),
        cause);
  }
}
