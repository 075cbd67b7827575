package io.simbridge.core.error;

/**
 * The provider said the request was wrong (a parameter it rejected, an operation not allowed for this SIM's type or state). Input that simbridge can check itself is refused earlier with {@link InvalidInputException}.
 */
public class InvalidRequestException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public InvalidRequestException(ErrorDetails details, String summary, Throwable cause) {
    super(details, summary, cause);
  }

  /**
   * Creates the exception without a summary or cause.
   *
   * @param details what is known about the failed call
   */
  public InvalidRequestException(ErrorDetails details) {
    this(details, null, null);
  }
}
