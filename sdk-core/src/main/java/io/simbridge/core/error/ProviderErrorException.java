package io.simbridge.core.error;

/**
 * The provider reported an error that fits no narrower type (a generic error, an internal failure, an unexpected HTTP status).
 */
public class ProviderErrorException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public ProviderErrorException(ErrorDetails details, String summary, Throwable cause) {
    super(details, summary, cause);
  }

  /**
   * Creates the exception without a summary or cause.
   *
   * @param details what is known about the failed call
   */
  public ProviderErrorException(ErrorDetails details) {
    this(details, null, null);
  }
}
