package io.simbridge.core.error;

/**
 * The call failed below the provider's API: the connection could not be made or broke, or a
 * timeout expired. {@link #mayHaveReachedProvider()} tells whether the request may have been
 * delivered; for reads this exception is raised only after the retry budget is spent.
 */
public class TransportException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /** Whether the request may have reached the provider before the failure. */
  private final boolean mayHaveReachedProvider;

  /**
   * Creates the exception.
   *
   * @param details                what is known about the call
   * @param mayHaveReachedProvider whether the request may have been delivered
   * @param cause                  the I/O failure
   */
  public TransportException(ErrorDetails details, boolean mayHaveReachedProvider, Throwable cause) {
    super(
        details,
        (mayHaveReachedProvider
                ? "the request may have reached the provider: "
                : "the request was not sent: ")
            + (cause == null
                ? "I/O failure"
                : cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage())),
        cause);
    this.mayHaveReachedProvider = mayHaveReachedProvider;
  }

  /** @return {@code true} when the request may have been delivered before the failure */
  public boolean mayHaveReachedProvider() {
    return mayHaveReachedProvider;
  }
}
