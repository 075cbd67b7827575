package io.simbridge.core.internal.http;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The connection failed while an answer's body was being read: a transport failure, as opposed
 * to any other {@link IOException} a parser throws over bytes that did arrive (an undecodable
 * encoding), which makes the answer malformed. Thrown by {@link InboundResponse#bytes()} and by
 * the stream {@link InboundResponse#detach()} hands over.
 */
public final class BodyReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param cause the connection's failure, its secrets already hidden (it is quoted and kept) */
  public BodyReadException(IOException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }

  /**
   * Finds the connection failure a parser may have wrapped (Jackson hands a stream's
   * {@code IOException} over inside its own {@code JsonProcessingException}).
   *
   * @param t a failure raised while an answer was read
   * @return the connection failure among its causes, empty if there is none
   */
  public static Optional<BodyReadException> in(Throwable t) {
    // Bounded: a cause chain may loop.
    Throwable c = t;
    for (int depth = 0; c != null && depth < 16; depth++, c = c.getCause()) {
      if (c instanceof BodyReadException b) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
