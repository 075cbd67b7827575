package io.simbridge.core.error;

/**
 * The provider refused the credentials (wrong, expired or not allowed for this operation or source address).
 */
public class AuthenticationException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public AuthenticationException(ErrorDetails details, String summary, Throwable cause) {
    super(details, summary, cause);
  }

  /**
   * Creates the exception without a summary or cause.
   *
   * @param details what is known about the failed call
   */
  public AuthenticationException(ErrorDetails details) {
    this(details, null, null);
  }
}
