package io.simbridge.core.error;

/**
 * The provider (or a gateway in front of it) answered with a server error (HTTP 5xx) that carried
 * no recognisable provider error. Reads are retried on it within the retry budget; a write that
 * receives it is reported as an {@link AmbiguousOutcomeException} instead, because the provider
 * may have applied it before failing.
 */
public class ServiceUnavailableException extends ProviderErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failed call (the HTTP status at least)
   * @param summary a short explanation, may be {@code null}
   * @param cause   the underlying cause, may be {@code null}
   */
  public ServiceUnavailableException(ErrorDetails details, String summary, Throwable cause) {
    super(details, summary, cause);
  }
}
