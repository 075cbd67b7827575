package io.simbridge.core.internal.http;

import java.io.IOException;
import java.util.Objects;

/**
 * The connection failed while an answer's body was being read: a transport failure, as opposed
 * to any other {@link IOException} a parser throws over bytes that did arrive (an undecodable
 * encoding), which makes the answer malformed. Thrown by {@link InboundResponse#bytes()} and by
 * the stream {@link InboundResponse#detach()} hands over.
 */
public final class BodyReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param cause the connection's failure */
  public BodyReadException(IOException cause) {
    super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
  }
}
