package io.simbridge.core.error;

import io.simbridge.core.internal.text.Printable;
import java.util.Objects;

/**
 * Input refused before anything was sent: the message names the field, what is wrong with the
 * value and what is allowed, for example {@code Invalid iccid: has 17 digits; allowed: 18 to 22
 * digits}.
 *
 * <p>Control characters in the three parts (a quoted value may hold any) are escaped
 * ({@code \n}, {@code \u0000}), so that the message cannot forge a log line.
 *
 * <p>An {@link IllegalArgumentException}, not a {@link SimApiException}: it is a programming or
 * data error on the caller's side, and no provider was involved.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The input that was refused, such as {@code iccid}. */
  private final String field;

  /** What is wrong with it. */
  private final String problem;

  /** What would have been accepted. */
  private final String allowed;

  /**
   * Creates the exception.
   *
   * @param field   the name of the field or parameter, as the caller knows it
   * @param problem what is wrong with the given value
   * @param allowed what would be accepted
   */
  public InvalidInputException(String field, String problem, String allowed) {
    super(
        "Invalid "
            + Printable.escape(Objects.requireNonNull(field, "field"))
            + ": "
            + Printable.escape(Objects.requireNonNull(problem, "problem"))
            + "; allowed: "
            + Printable.escape(Objects.requireNonNull(allowed, "allowed")));
    this.field = Printable.escape(field);
    this.problem = Printable.escape(problem);
    this.allowed = Printable.escape(allowed);
  }

  /** @return the name of the refused field */
  public String field() {
    return field;
  }

  /** @return what is wrong with the value, control characters escaped */
  public String problem() {
    return problem;
  }

  /** @return what would be accepted */
  public String allowed() {
    return allowed;
  }
}
