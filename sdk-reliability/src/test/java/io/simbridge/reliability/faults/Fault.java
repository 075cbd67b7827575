package io.simbridge.reliability.faults;

/**
 * What goes wrong between the client and the provider, in the fault matrix. Each fault hits the
 * operation under test only; everything else (token endpoints, OEM authentication) stays healthy.
 */
enum Fault {
  /** Nothing listens on the port: the connection is refused, so the request provably never left. */
  CONNECTION_REFUSED("connection refused"),
  /** The server reads the request, then resets the connection instead of answering. */
  CONNECTION_RESET("connection reset before the answer"),
  /** The answer comes later than the read timeout. */
  READ_TIMEOUT("read timeout"),
  /** HTTP 500 with a plain-text body. */
  HTTP_500("HTTP 500"),
  /** HTTP 502 with a gateway's HTML page (well-formed, nginx style). */
  HTTP_502_HTML("HTTP 502 with an HTML page"),
  /** HTTP 503 with an HTML page that is not well-formed XML (DOCTYPE, unclosed tags). */
  HTTP_503_HTML("HTTP 503 with an HTML page"),
  /**
   * The provider's own rate-limit answer: Things Mobile's error 60 (HTTP 200, XML). HORISEN,
   * freebit and M2M iPortal document none, so a 429 with {@code Retry-After: 2} stands for it.
   */
  RATE_LIMIT("the provider's rate-limit answer"),
  /** HTTP 200 with an empty body. */
  EMPTY_BODY("empty body"),
  /** The status line and headers arrive, then the (chunked) body breaks and the connection closes. */
  TRUNCATED_BODY("truncated body (connection lost mid-body)"),
  /** A complete HTTP answer whose body is only the first half of the documented answer. */
  HALF_DOCUMENT("half a document (complete HTTP answer)"),
  /** The documented answer with a syntax error: a mismatched tag, bracket or unterminated quote. */
  MALFORMED_DOCUMENT("malformed XML/JSON/CSV"),
  /** HTTP 200 with a login page in {@code text/html} instead of the documented format. */
  WRONG_CONTENT_TYPE_HTML("wrong content type: an HTML page"),
  /** The documented answer labelled {@code text/plain}: read anyway (tolerant reading). */
  WRONG_CONTENT_TYPE_VALID("wrong content type: the documented body"),
  /** Random bytes instead of an HTTP answer, then the connection closes. */
  NOT_HTTP("garbage instead of HTTP");

  private final String description;

  Fault(String description) {
    this.description = description;
  }

  @Override
  public String toString() {
    return description;
  }
}
