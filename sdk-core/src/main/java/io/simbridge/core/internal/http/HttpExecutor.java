package io.simbridge.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.internal.parse.JacksonVersions;
import io.simbridge.core.internal.parse.MalformedFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one provider's calls: the single place where simbridge retries, waits for call limits,
 * enforces HTTPS, sets timeouts and the {@code User-Agent}, logs with secrets hidden, and decides
 * what a failure means. One executor per client; thread-safe.
 *
 * <p>Retry rules: a call that is safe to repeat is retried, within the {@link RetryPolicy}, on
 * transport failures, 5xx answers and provider rate-limit answers. A write is retried only when
 * its request provably never left the client (the failure happened before the connection was
 * ready); a write whose answer was lost, was a 5xx or could not be read raises
 * {@link AmbiguousOutcomeException}.
 *
 * <p>An operation declared {@link OperationSpec#asStreamed()} has its body handed over with
 * {@link InboundResponse#detach()} and read after this returns: the call timeout covers it up to
 * the end of its handler (the checked header line), then only the read timeout between bytes.
 *
 * <p>Only this class decides transmissions: see {@link GuardedHttp} for what OkHttp is stopped
 * from doing on its own. Interrupting the calling thread cancels the call in flight (a write so
 * cancelled is ambiguous); after {@link #close()} returns, nothing more is sent.
 *
 * <p>Logging goes to the SLF4J logger {@code io.simbridge.http.<provider>}: one line per attempt
 * and answer at DEBUG, headers and bodies (redacted) at TRACE.
 */
public final class HttpExecutor implements AutoCloseable {
  /** The {@code User-Agent} every request carries. */
  public static final String USER_AGENT = "simbridge-java/" + version();

  private final String provider;
  private final TransportOptions options;
  private final Redactor redactor;
  private final OkHttpClient http;
  private final OkHttpClient streamingHttp;
  private final CallLimiter limiter;
  private final OkHttpRequests requests;
  private final Logger log;
  private final CallEvents events;
  private volatile boolean closed;

  private HttpExecutor(
      String provider, String account, TransportOptions options, Redactor redactor) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.options = Objects.requireNonNull(options, "options");
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    // A shared turn outlives a dead holder by one whole attempt, the longest a live one holds it.
    this.requests = new OkHttpRequests(options.allowInsecureHttp(), redactor);
    this.limiter =
        new CallLimiter(
            options.clock(),
            options.sleeper(),
            options.callLimitMode(),
            options
                .callLimitStore()
                .map(
                    store ->
                        new SharedTurns(
                            store,
                            account,
                            options.sleeper(),
                            options.callLimitMode(),
                            options.callTimeout()))
                .orElse(null));
    this.log = LoggerFactory.getLogger("io.simbridge.http." + provider);
    this.events = new CallEvents(provider, options.listeners(), redactor, options.clock(), log);
    OkHttpClient base = options.httpClient().orElseGet(SharedHttp::client);
    this.http = GuardedHttp.client(base, options, () -> closed);
    // A streamed answer is read after execute() returns, possibly for minutes: OkHttp's call
    // timeout would cut it, so a CallWatch bounds such a call up to its checked header line.
    this.streamingHttp = http.newBuilder().callTimeout(0, TimeUnit.MILLISECONDS).build();
  }

  /**
   * @param provider the provider id, such as {@code thingsmobile}
   * @param options  the user's transport options
   * @param redactor the provider's redaction rules, which also learn every secret sent
   * @return an executor
   */
  public static HttpExecutor create(String provider, TransportOptions options, Redactor redactor) {
    JacksonVersions.requireSupported(); // when the client is built, not on its first answer
    // Without an account, every account of the provider shares one lane in a shared store: slower
    // than needed when there are several, never faster than allowed.
    return new HttpExecutor(provider, CallLimitStore.fingerprint(provider), options, redactor);
  }

  /**
   * @param provider the provider id, such as {@code thingsmobile}
   * @param account  the account's fingerprint ({@link CallLimitStore#fingerprint}), naming its
   *                 lanes in a shared call-limit store
   * @param options  the user's transport options
   * @param redactor the provider's redaction rules, which also learn every secret sent
   * @return an executor
   */
  public static HttpExecutor create(
      String provider, String account, TransportOptions options, Redactor redactor) {
    JacksonVersions.requireSupported();
    return new HttpExecutor(
        provider, Objects.requireNonNull(account, "account"), options, redactor);
  }

  /** @return the transport options */
  public TransportOptions options() {
    return options;
  }

  /** @return the clock */
  public Clock clock() {
    return options.clock();
  }

  /** @return the redactor, to register secrets obtained at run time */
  public Redactor redactor() {
    return redactor;
  }

  /** @return the provider id */
  public String provider() {
    return provider;
  }

  /** @return where this executor's calls report their events; the token cache reports there too */
  CallEvents events() {
    return events;
  }

  /**
   * @param operation an operation name
   * @return error details naming this provider and that operation
   */
  public ErrorDetails details(String operation) {
    return ErrorDetails.of(provider, operation);
  }

  /**
   * Sends a call with a credential from {@code credentials}; if the provider rejects it
   * ({@link AuthenticationException}) and the source can renew it, renews it and replays the
   * call once. A rejected call was not executed, so the replay is safe even for a write.
   *
   * @param op          the operation
   * @param credentials where the credential comes from
   * @param request     builds the request around a credential
   * @param handler     reads the answer
   * @param <T>         the value type
   * @return the value
   */
  public <T> T execute(
      OperationSpec op,
      CredentialSource credentials,
      Function<String, OutboundRequest> request,
      ResponseHandler<T> handler) {
    String credential = credentials.current();
    try {
      return execute(op, request.apply(credential), handler);
    } catch (AuthenticationException e) {
      if (!credentials.invalidate(credential)) {
        throw e;
      }
      log.debug(
          "[{} {}] credential rejected; authenticating again and replaying once",
          provider,
          op.name());
      return execute(op, request.apply(credentials.current()), handler);
    }
  }

  /**
   * Sends a call, retrying as the operation's semantics and the retry policy allow.
   *
   * @param op      the operation
   * @param request the request
   * @param handler reads the answer
   * @param <T>     the value type
   * @return the value
   */
  public <T> T execute(OperationSpec op, OutboundRequest request, ResponseHandler<T> handler) {
    if (closed) {
      throw closedError();
    }
    CallEvents.Call events = this.events.start(op, request);
    try {
      return events.succeeded(run(op, request, handler, events));
    } catch (RuntimeException e) {
      throw events.failed(e);
    }
  }

  @SuppressWarnings("try") // the permit is held for the attempt and released by try-with-resources
  private <T> T run(
      OperationSpec op,
      OutboundRequest request,
      ResponseHandler<T> handler,
      CallEvents.Call events) {
    ErrorDetails call = details(op.name());
    RetryPolicy policy = options.retryPolicy();
    Duration interval = options.callInterval(op.name()).orElse(op.minInterval());
    Instant start = options.clock().instant();
    for (int attempt = 1; ; attempt++) {
      ErrorDetails details = call.withAttempts(attempt);
      events.attemptStarted(attempt);
      SimApiException failure;
      try (CallLimiter.Permit permit =
          limiter.acquire(op.limitGroup(), interval, details, events)) {
        if (closed) {
          // Closed while this call waited for its turn: it must not leave now.
          throw closedError();
        }
        return attempt(op, request, handler, details, attempt, policy.maxAttempts(), events);
      } catch (SimApiException e) {
        failure = e;
      }
      Duration wait = RetryRules.retryWait(op, failure, attempt, policy);
      Duration elapsed = Duration.between(start, options.clock().instant());
      if (wait == null
          || Thread.currentThread().isInterrupted()
          || elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0) {
        throw RetryRules.outcome(op, failure);
      }
      if (log.isDebugEnabled()) {
        log.debug(
            "[{} {}] attempt {} failed ({}); retrying in {} ms",
            provider,
            op.name(),
            attempt,
            failure.getClass().getSimpleName(),
            wait.toMillis());
      }
      events.retrying(failure, wait);
      try {
        options.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw RetryRules.outcome(op, failure);
      }
    }
  }

  private <T> T attempt(
      OperationSpec op,
      OutboundRequest request,
      ResponseHandler<T> handler,
      ErrorDetails details,
      int attempt,
      int maxAttempts,
      CallEvents.Call events) {
    GuardedHttp.Transmission tracker = new GuardedHttp.Transmission();
    Request call = requests.build(request, tracker);
    if (log.isDebugEnabled()) {
      log.debug(
          "-> [{} {}] {} {} (attempt {}/{})",
          provider,
          op.name(),
          request.method(),
          redactor.redact(request.url()),
          attempt,
          maxAttempts);
      if (log.isTraceEnabled()) {
        request
            .headers()
            .forEach(
                h ->
                    log.trace(
                        "-> [{} {}] {}: {}",
                        provider,
                        op.name(),
                        h.name(),
                        redactor.redactHeader(h.name(), h.value())));
        log.trace("-> [{} {}] body: {}", provider, op.name(), request.describeBody(redactor));
      }
    }
    Call okCall = (op.streamed() ? streamingHttp : http).newCall(call);
    try (CallWatch watch = CallWatch.start(okCall, op.streamed() ? options.callTimeout() : null)) {
      try {
        return send(okCall, op, handler, details, tracker, events);
      } catch (SimApiException e) {
        // The watch cancelled the call: say why, rather than OkHttp's bare "Canceled".
        String why = watch.cancelledBecause();
        if (why == null) {
          throw e;
        }
        if (watch.interrupted()) {
          Thread.currentThread().interrupt();
        }
        throw new TransportException(
            details, tracker.mayHaveBeenSent, new InterruptedIOException(why));
      }
    }
  }

  private <T> T send(
      Call okCall,
      OperationSpec op,
      ResponseHandler<T> handler,
      ErrorDetails details,
      GuardedHttp.Transmission tracker,
      CallEvents.Call events) {
    long started = System.nanoTime();
    Response raw;
    try {
      raw = okCall.execute();
    } catch (GuardedHttp.ClosedException e) {
      throw closedError();
    } catch (IOException e) {
      if (e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)) {
        // Okio noticed the interrupt before the call watch did: the caller's flag stays set.
        Thread.currentThread().interrupt();
      }
      // OkHttp's messages may quote the server ("Unexpected status line: ..."), a secret included.
      IOException redacted = RedactedFailures.copy(e, redactor);
      if (log.isDebugEnabled()) {
        log.debug(
            "<- [{} {}] failed after {} ms: {}", provider, op.name(), elapsedMs(started), redacted);
      }
      throw new TransportException(details, tracker.mayHaveBeenSent, redacted);
    }
    InboundResponse response =
        new InboundResponse(
            raw,
            details,
            redactor,
            options.maxResponseBytes(),
            log,
            options.clock(),
            tracker.retryAfter);
    if (log.isDebugEnabled()) {
      log.debug("<- [{} {}] HTTP {} in {} ms", provider, op.name(), raw.code(), elapsedMs(started));
    }
    try {
      return handler.handle(response);
    } catch (JsonProcessingException e) {
      Optional<BodyReadException> lost = BodyReadException.in(e);
      if (lost.isPresent()) {
        throw new TransportException(response.details(), true, lost.get().getCause());
      }
      throw response.malformed(
          "not the documented format: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()));
    } catch (MalformedFieldException e) {
      throw response.malformed(e.getMessage());
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      throw response.malformed("a value could not be read: " + e.getMessage());
    } catch (BodyReadException e) {
      throw new TransportException(response.details(), true, e.getCause());
    } catch (IOException e) {
      // The body arrived; the parser could not decode it (an unknown encoding, say).
      throw response.malformed("the answer could not be decoded: " + e);
    } finally {
      events.answered(okCall.request(), response);
      response.close();
    }
  }

  private IllegalStateException closedError() {
    return new IllegalStateException("this " + provider + " client is closed; nothing was sent");
  }

  private static long elapsedMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  /**
   * Stops new calls: a call not yet sent, including one waiting for its call-limit turn, fails
   * with {@link IllegalStateException} and is never sent. The shared or user-supplied connection
   * pool stays open for others.
   */
  @Override
  public void close() {
    closed = true;
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = HttpExecutor.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": the User-Agent is informative only.
    }
    return p.getProperty("version", "unknown");
  }

  /** One OkHttp client for every simbridge client that was not given its own: one pool, one dispatcher. */
  private static final class SharedHttp {
    private static final OkHttpClient CLIENT = new OkHttpClient();

    static OkHttpClient client() {
      return CLIENT;
    }
  }
}
