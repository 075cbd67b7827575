package io.simbridge.reliability.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * An answer the {@link AnswerHook} hands to the client instead of the network's.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type}, or {@code null} for none
 * @param body        makes the body (a fresh one per request: a body is read once)
 * @param headers     extra headers
 */
public record Served(
    int status, String contentType, Supplier<ResponseBody> body, Map<String, String> headers) {
  /** Validates the record. */
  public Served {
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /**
   * @param status      the status
   * @param contentType the content type, may be {@code null}
   * @param body        the bytes
   * @return an answer with that body
   */
  public static Served of(int status, String contentType, byte[] body) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    byte[] copy = body.clone();
    return new Served(status, contentType, () -> ResponseBody.create(copy, type), Map.of());
  }

  /**
   * @param contentType the content type
   * @param body the text, in UTF-8
   * @return a 200 answer
   */
  public static Served ok(String contentType, String body) {
    return of(200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
