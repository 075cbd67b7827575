package io.simbridge.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.simbridge.core.observe.CallEnded;
import io.simbridge.core.observe.CallInfo;
import io.simbridge.core.observe.CallLimitWait;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.observe.CallOperation;
import io.simbridge.core.observe.CallOutcome;
import io.simbridge.core.observe.CallRetry;
import io.simbridge.core.observe.CallStarted;
import io.simbridge.core.observe.RateLimitAnswer;
import io.simbridge.core.observe.TokenRenewal;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes one {@link SpanKind#CLIENT} span per call, child of the caller's current span, named after
 * the operation ({@code simStatus}, {@code query_last_mo_traffic}...). Retries do not make new
 * spans: the span covers the whole call and counts its attempts.
 *
 * <p>Attributes: the stable HTTP client semantic conventions {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code http.response.status_code},
 * {@code error.type} (the exception's simple name) and {@code http.request.resend_count}, plus
 * {@code simbridge.provider}, {@code simbridge.operation}, {@code simbridge.operation.kind},
 * {@code simbridge.attempts} and {@code simbridge.outcome}. {@code url.full} is deliberately left
 * out: some providers carry credentials or SIM identifiers in their URLs.
 *
 * <p>Events: {@value #CALL_LIMIT_WAIT}, {@value #RATE_LIMITED}, {@value #RETRY} on the call's
 * span; {@value #TOKEN_RENEWED} on the caller's current span. Nothing in a span holds a
 * credential or a SIM identifier. Thread-safe; one instance may serve every client.
 */
public final class OpenTelemetryCallListener implements CallListener {
  /** The instrumentation scope name of the tracer. */
  public static final String INSTRUMENTATION_SCOPE = "io.simbridge";

  /** Span event: the call waited for the provider's documented call limit. */
  public static final String CALL_LIMIT_WAIT = "simbridge.call_limit.wait";

  /** Span event: the provider answered with its rate-limit error. */
  public static final String RATE_LIMITED = "simbridge.rate_limited";

  /** Span event: an attempt failed and the call is retried. */
  public static final String RETRY = "simbridge.retry";

  /** Span event: a credential was fetched from the provider. */
  public static final String TOKEN_RENEWED = "simbridge.token.renewed";

  static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("simbridge.provider");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("simbridge.operation");
  static final AttributeKey<String> KIND = AttributeKey.stringKey("simbridge.operation.kind");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("simbridge.attempts");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("simbridge.attempt");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("simbridge.outcome");
  static final AttributeKey<Long> WAIT_MS = AttributeKey.longKey("simbridge.wait_ms");
  static final AttributeKey<Long> INTERVAL_MS = AttributeKey.longKey("simbridge.interval_ms");
  static final AttributeKey<String> REASON = AttributeKey.stringKey("simbridge.reason");

  private final Tracer tracer;
  // Calls in flight; every call ends with callEnded, which removes its span.
  private final ConcurrentHashMap<CallInfo, Span> spans = new ConcurrentHashMap<>();

  /**
   * @param openTelemetry the OpenTelemetry instance spans are made with
   */
  public OpenTelemetryCallListener(OpenTelemetry openTelemetry) {
    this.tracer =
        Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer(INSTRUMENTATION_SCOPE);
  }

  @Override
  public void callStarted(CallStarted event) {
    if (event.attempt() != 1) {
      return;
    }
    CallInfo call = event.call();
    CallOperation op = call.operation();
    var builder =
        tracer
            .spanBuilder(op.name())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(Context.current())
            .setAttribute(HTTP_METHOD, call.method())
            .setAttribute(SERVER_ADDRESS, call.serverAddress())
            .setAttribute(PROVIDER, op.provider())
            .setAttribute(OPERATION, op.name())
            .setAttribute(KIND, op.kind());
    if (call.serverPort() > 0) {
      builder.setAttribute(SERVER_PORT, (long) call.serverPort());
    }
    spans.put(call, builder.startSpan());
  }

  @Override
  public void callLimitWaited(CallLimitWait event) {
    event(
        event.call(),
        CALL_LIMIT_WAIT,
        Attributes.of(
            WAIT_MS,
            event.duration().toMillis(),
            INTERVAL_MS,
            event.interval().toMillis(),
            ATTEMPT,
            (long) event.attempt()));
  }

  @Override
  public void rateLimited(RateLimitAnswer event) {
    event(
        event.call(),
        RATE_LIMITED,
        Attributes.of(
            HTTP_STATUS,
            (long) event.httpStatus(),
            WAIT_MS,
            event.retryAfter().toMillis(),
            ATTEMPT,
            (long) event.attempt()));
  }

  @Override
  public void retrying(CallRetry event) {
    event(
        event.call(),
        RETRY,
        Attributes.of(
            ERROR_TYPE,
            event.errorType(),
            WAIT_MS,
            event.delay().toMillis(),
            ATTEMPT,
            (long) event.failedAttempt(),
            HTTP_STATUS,
            (long) event.httpStatus()));
  }

  @Override
  public void tokenRenewed(TokenRenewal event) {
    Span.current()
        .addEvent(
            TOKEN_RENEWED,
            Attributes.of(PROVIDER, event.provider(), REASON, event.reason().tagValue()));
  }

  @Override
  public void callEnded(CallEnded event) {
    Span span = spans.remove(event.call());
    if (span == null) {
      return;
    }
    span.setAttribute(ATTEMPTS, (long) event.attempts());
    span.setAttribute(OUTCOME, event.outcome().tagValue());
    if (event.httpStatus() > 0) {
      span.setAttribute(HTTP_STATUS, (long) event.httpStatus());
    }
    if (event.attempts() > 1) {
      span.setAttribute(RESEND_COUNT, (long) event.attempts() - 1);
    }
    event.errorType().ifPresent(type -> span.setAttribute(ERROR_TYPE, type));
    if (event.outcome() != CallOutcome.SUCCESS) {
      span.setStatus(
          StatusCode.ERROR,
          event.outcome() == CallOutcome.AMBIGUOUS
              ? "outcome unknown: the write may have been applied"
              : event.errorType().orElse(""));
    }
    span.end();
  }

  private void event(CallInfo call, String name, Attributes attributes) {
    Span span = spans.get(call);
    if (span != null) {
      span.addEvent(name, attributes);
    }
  }
}
