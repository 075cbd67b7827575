package io.simbridge.core.internal.parse;

/**
 * A field of a provider's answer is missing or unreadable. Thrown by {@link Fields} inside a
 * response handler; the transport turns it into a
 * {@link io.simbridge.core.error.MalformedResponseException} that quotes the answer.
 */
public final class MalformedFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param field   the field's name in the provider's answer
   * @param problem what is wrong with it
   */
  public MalformedFieldException(String field, String problem) {
    super("field '" + field + "' " + problem, null, false, false);
  }
}
