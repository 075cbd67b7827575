package io.simbridge.core.internal.http;

import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.ProviderErrorException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.ServiceUnavailableException;
import io.simbridge.core.error.SimApiException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;

/**
 * A provider's answer as a response handler sees it: status, headers, a size-capped body, and
 * factories for the errors it may mean, pre-filled with the provider, operation and status.
 */
public final class InboundResponse {
  private static final int EXCERPT_CHARS = 160;
  private static final int TRACE_CHARS = 16_384;
  // Secrets are hidden in a head larger than what is shown, then the head is cut: a secret that
  // crosses the cut is hidden whole, one that crosses the head's end is hidden by its prefix.
  private static final int EXCERPT_HEAD_BYTES = 8_192;
  private static final int TRACE_HEAD_BYTES = 2 * TRACE_CHARS;

  private final Response response;
  private final ErrorDetails details;
  private final Redactor redactor;
  private final long maxBytes;
  private final Logger log;
  private final Clock clock;
  private final String retryAfter;
  private byte[] bytes;
  private boolean detached;

  /**
   * @param retryAfter the {@code Retry-After} the network guard took off the answer (so that OkHttp
   *                   cannot act on it), or {@code null} to read the answer's own header
   */
  InboundResponse(
      Response response,
      ErrorDetails details,
      Redactor redactor,
      long maxBytes,
      Logger log,
      Clock clock,
      String retryAfter) {
    this.response = response;
    this.clock = clock;
    this.retryAfter = retryAfter != null ? retryAfter : response.header("Retry-After");
    this.details = details.withStatus(response.code()).withRequestId(requestId(response, redactor));
    this.redactor = redactor;
    this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16);
    this.log = log;
  }

  /** The provider's request identifier, bounded and redacted: it ends up in exception messages. */
  private static String requestId(Response response, Redactor redactor) {
    String id = response.header("X-Request-Id");
    return id == null || id.isBlank()
        ? null
        : redactor.redact(id.strip().substring(0, Math.min(id.strip().length(), 128)));
  }

  /** @return the body bytes read so far, or the declared length if none were, -1 when unknown */
  long bytesReceived() {
    return bytes != null ? bytes.length : response.body().contentLength();
  }

  /** @return the HTTP status */
  public int status() {
    return response.code();
  }

  /** @return whether the status is 2xx */
  public boolean isSuccessful() {
    return response.isSuccessful();
  }

  /**
   * @param name a header name
   * @return its first value
   */
  public Optional<String> header(String name) {
    return "Retry-After".equalsIgnoreCase(name)
        ? Optional.ofNullable(retryAfter)
        : Optional.ofNullable(response.header(name));
  }

  /** @return the media type without parameters, such as {@code application/json}, lower case */
  public Optional<String> mediaType() {
    MediaType type = response.body().contentType();
    return type == null ? Optional.empty() : Optional.of(type.type() + "/" + type.subtype());
  }

  /**
   * Reads the whole body, refusing one larger than the configured limit.
   *
   * @return the body
   * @throws IOException if the connection fails while reading
   */
  public byte[] bytes() throws IOException {
    if (bytes == null) {
      checkNotDetached();
      long declared = response.body().contentLength();
      if (declared > maxBytes) {
        throw tooLarge(declared);
      }
      BufferedSource source = response.body().source();
      boolean tooLarge;
      try {
        if (declared >= 0) {
          // Exactly the declared length, in one array; a shorter body is an EOFException
          // (truncated).
          bytes = source.readByteArray(declared);
          tooLarge = false;
        } else {
          // No length: buffer at most one byte past the limit, so a huge answer is refused early.
          tooLarge = source.request(maxBytes + 1);
          bytes = tooLarge ? null : source.readByteArray();
        }
      } catch (IOException e) {
        throw new BodyReadException(RedactedFailures.copy(e, redactor));
      }
      if (tooLarge) {
        throw tooLarge(-1);
      }
      if (log.isTraceEnabled()) {
        log.trace(
            "<- [{} {}] body ({} bytes): {}",
            details.provider(),
            details.operation(),
            bytes.length,
            redactor.cut(redactedHead(TRACE_HEAD_BYTES), TRACE_CHARS));
      }
    }
    return bytes;
  }

  /**
   * @return the body as text, decoded with the charset the answer declares (UTF-8 if none)
   * @throws IOException if the connection fails while reading
   */
  public String text() throws IOException {
    return new String(bytes(), charset());
  }

  /**
   * Hands the body over as a stream the caller reads and closes, for answers too large to hold
   * in memory. Closing the stream releases the connection. A failure of the connection while
   * reading is a {@link BodyReadException}, so that a parser's own errors can be told apart.
   *
   * @return the body stream
   */
  public InputStream detach() {
    checkNotDetached();
    detached = true;
    log.trace("<- [{} {}] body streamed to the caller", details.provider(), details.operation());
    return new FilterInputStream(response.body().byteStream()) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw new BodyReadException(RedactedFailures.copy(e, redactor));
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw new BodyReadException(RedactedFailures.copy(e, redactor));
        }
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          response.close();
        }
      }
    };
  }

  boolean detached() {
    return detached;
  }

  void close() {
    if (!detached) {
      response.close();
    }
  }

  private void checkNotDetached() {
    if (detached) {
      throw new IllegalStateException("the body was already handed over as a stream");
    }
  }

  private Charset charset() {
    MediaType type = response.body().contentType();
    Charset cs = type == null ? null : type.charset(null);
    return cs == null ? StandardCharsets.UTF_8 : cs;
  }

  /** @return the provider, operation and status of this answer */
  public ErrorDetails details() {
    return details;
  }

  /**
   * @param code    the provider's error code, may be {@code null}
   * @param message the provider's error message, may be {@code null}; it is redacted
   * @return the details of this answer with the provider's error
   */
  public ErrorDetails details(String code, String message) {
    return details.withProviderError(
        code, message == null ? null : redactor.redact(message.strip()));
  }

  /**
   * @param problem what is wrong with the answer
   * @return a malformed-response error quoting a short redacted excerpt of the body read so far
   */
  public MalformedResponseException malformed(String problem) {
    return new MalformedResponseException(details, redactor.redact(problem), excerpt(), null);
  }

  /** @return the first characters of the body read so far, redacted, on one line */
  public String excerpt() {
    if (bytes == null || bytes.length == 0) {
      return bytes == null ? "" : "(empty body)";
    }
    String head = redactedHead(EXCERPT_HEAD_BYTES).replaceAll("\\s+", " ").strip();
    return head.length() > EXCERPT_CHARS ? redactor.cut(head, EXCERPT_CHARS) + "…" : head;
  }

  /** @return the body's first {@code maxBytes} bytes as text, secrets hidden before any cut */
  private String redactedHead(int maxBytes) {
    int n = Math.min(bytes.length, maxBytes);
    return redactor.redact(new String(bytes, 0, n, charset()), n < bytes.length);
  }

  /**
   * The error an answer means when the body carries no provider error the handler recognises:
   * 401/403 authentication, 404 not found, 429 rate limited (waiting as {@code Retry-After}
   * says, else {@code defaultWait}), 400/409/422 invalid request, 5xx service unavailable,
   * anything else a generic provider error. A 5xx carrying {@code Retry-After} keeps that wait.
   *
   * @param code        the provider's code, may be {@code null}
   * @param message     the provider's message, may be {@code null}
   * @param defaultWait the wait a 429 implies when it carries no {@code Retry-After}
   * @return the error; the caller throws it
   */
  public SimApiException errorForStatus(String code, String message, Duration defaultWait) {
    ErrorDetails d = details(code, message);
    String summary = message == null ? "unexpected answer; body began: " + excerptOrEmpty() : null;
    int s = status();
    if (s == 401 || s == 403) {
      return new AuthenticationException(d, summary, null);
    } else if (s == 404) {
      return new NotFoundException(d, summary, null);
    } else if (s == 429) {
      return new RateLimitedException(d, retryAfter().orElse(defaultWait), false, null);
    } else if (s == 400 || s == 409 || s == 422) {
      return new InvalidRequestException(d, summary, null);
    } else if (s >= 500) {
      return new ServiceUnavailableException(d, summary, null, retryAfter().orElse(Duration.ZERO));
    }
    return new ProviderErrorException(d, summary, null);
  }

  private String excerptOrEmpty() {
    try {
      bytes();
    } catch (IOException | MalformedResponseException e) {
      return "(unreadable)";
    }
    return excerpt();
  }

  /**
   * @return the wait a {@code Retry-After} header asks for, in delta-seconds or as an HTTP date,
   *     clamped to a day
   */
  public Optional<Duration> retryAfter() {
    return retryAfter == null ? Optional.empty() : RetryAfter.parse(retryAfter, clock);
  }

  private MalformedResponseException tooLarge(long declared) {
    return new MalformedResponseException(
        details,
        "answer "
            + (declared > 0 ? "of " + declared + " bytes " : "")
            + "is larger than the limit of "
            + maxBytes
            + " bytes (see maxResponseBytes)",
        "",
        null);
  }
}
