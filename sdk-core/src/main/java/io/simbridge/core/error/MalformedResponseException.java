package io.simbridge.core.error;

import io.simbridge.core.internal.text.Printable;
import java.util.Objects;

/**
 * The provider's answer could not be read: empty, truncated, not the documented format, a value
 * of the wrong type, or refused for safety (a DTD, an answer larger than the configured limit).
 * The message quotes a short, redacted excerpt of the answer.
 */
public class MalformedResponseException extends SimApiException {
  private static final long serialVersionUID = 1L;

  /** The start of the answer, secrets hidden, or {@code null} when none was kept. */
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param details what is known about the call
   * @param problem what was wrong with the answer
   * @param excerpt a short, already redacted excerpt of the answer (may be empty)
   * @param cause   the parser's exception, may be {@code null}
   */
  public MalformedResponseException(
      ErrorDetails details, String problem, String excerpt, Throwable cause) {
    super(
        details,
        problem + (excerpt == null || excerpt.isEmpty() ? "" : "; answer began: " + excerpt),
        cause);
    this.excerpt = Printable.escape(Objects.requireNonNullElse(excerpt, ""));
  }

  /** @return the short, redacted excerpt of the answer quoted in the message, control characters escaped */
  public String excerpt() {
    return excerpt;
  }
}
