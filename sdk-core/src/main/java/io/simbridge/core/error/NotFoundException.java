package io.simbridge.core.error;

/**
 * The provider does not know the SIM, account or resource the call named.
 */
public class NotFoundException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public NotFoundException(ErrorDetails details, String summary, Throwable cause) {
    super(details, summary, cause);
  }

  /**
   * Creates the exception without a summary or cause.
   *
   * @param details what is known about the failed call
   */
  public NotFoundException(ErrorDetails details) {
    this(details, null, null);
  }
}
