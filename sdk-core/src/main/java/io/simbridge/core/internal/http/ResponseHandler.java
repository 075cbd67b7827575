package io.simbridge.core.internal.http;

import java.io.IOException;

/**
 * Turns a provider's answer into a value, or throws the {@link io.simbridge.core.error.SimApiException}
 * it means. A Jackson parse error, a {@link io.simbridge.core.internal.parse.MalformedFieldException}
 * or a value that cannot be converted becomes a malformed-response error, as does any other
 * {@link IOException} except a {@link BodyReadException}, which is a transport error.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  /**
   * @param response the answer
   * @return the value it carries
   * @throws IOException if reading or parsing the answer fails
   */
  T handle(InboundResponse response) throws IOException;
}
