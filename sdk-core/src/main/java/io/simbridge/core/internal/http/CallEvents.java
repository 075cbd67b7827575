package io.simbridge.core.internal.http;

import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.SimApiException;
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
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;

/**
 * Turns what {@link HttpExecutor}, {@link CallLimiter} and {@link TokenCache} do into
 * {@link CallListener} events and DEBUG log lines. The transport calls it at fixed points of its
 * attempt loop; everything else (building events, shielding the call from a listener that throws)
 * lives here.
 *
 * <p>With no listener registered, {@link #start} hands back one shared {@link Call} that only
 * logs: no event or per-call object is created.
 */
final class CallEvents {
  private static final AtomicLong IDS = new AtomicLong();

  private final String provider;
  private final CallListener[] listeners;
  private final AtomicBoolean[] warned;
  private final Redactor redactor;
  private final Clock clock;
  private final Logger log;
  private final Call quiet = new Call(null);
  // The last server seen: a client sends nearly every call to one, so its URL is parsed once.
  private volatile Server server;

  CallEvents(
      String provider, List<CallListener> listeners, Redactor redactor, Clock clock, Logger log) {
    this.provider = provider;
    this.listeners = listeners.toArray(new CallListener[0]);
    this.warned = new AtomicBoolean[this.listeners.length];
    for (int i = 0; i < warned.length; i++) {
      warned[i] = new AtomicBoolean();
    }
    this.redactor = redactor;
    this.clock = clock;
    this.log = log;
  }

  /**
   * @param op      the operation
   * @param request the request of the first attempt
   * @return the call's event sink
   */
  Call start(OperationSpec op, OutboundRequest request) {
    if (listeners.length == 0) {
      return quiet;
    }
    Server to = server(request.url());
    CallInfo info =
        new CallInfo(
            IDS.incrementAndGet(),
            new CallOperation(provider, op.name(), !op.safeToRepeat(), Optional.empty()),
            request.method(),
            to.host(),
            to.port());
    return new Call(info);
  }

  private Server server(String url) {
    Server last = server;
    if (last != null && url.startsWith(last.prefix)) {
      return last;
    }
    HttpUrl parsed = HttpUrl.parse(url);
    int scheme = url.indexOf("://");
    int path = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
    // Only the host and port are kept: userinfo, path and query may hold secrets or SIMs. A URL
    // with no path is not cached: its prefix would also match a longer host name.
    Server fresh =
        new Server(
            path < 0 ? null : url.substring(0, path + 1),
            parsed == null ? "" : parsed.host(),
            parsed == null ? -1 : parsed.port());
    if (path >= 0) {
      server = fresh;
    }
    return fresh;
  }

  /** A URL prefix up to the first slash of the path, and the host and port it names. */
  private record Server(String prefix, String host, int port) {}

  /** A credential was fetched again; never holds the credential. */
  void tokenRenewed(TokenRenewal.Reason reason) {
    log.debug("[{}] credential renewed ({})", provider, reason.tagValue());
    if (listeners.length > 0) {
      TokenRenewal event = new TokenRenewal(provider, reason);
      emit(l -> l.tokenRenewed(event));
    }
  }

  private void emit(Consumer<CallListener> event) {
    for (int i = 0; i < listeners.length; i++) {
      try {
        event.accept(listeners[i]);
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError fatal) {
          throw fatal;
        }
        // A broken listener must neither break the call nor flood the log.
        if (warned[i].compareAndSet(false, true)) {
          log.warn(
              "call listener {} threw; the call goes on and further failures of this listener are not logged",
              listeners[i].getClass().getName(),
              e);
        }
      }
    }
  }

  /** One call's events. The shared quiet instance (no listener) only logs. */
  final class Call implements CallLimiter.Observer {
    private final CallInfo info;
    private final Instant started;
    private int attempt;
    private int status;
    private long bytesSent;
    private long bytesReceived;

    private Call(CallInfo info) {
      this.info = info;
      this.started = info == null ? null : clock.instant();
    }

    /** Before each attempt, before the call limiter. */
    void attemptStarted(int number) {
      if (info != null) {
        attempt = number;
        CallStarted event = new CallStarted(info, number);
        emit(l -> l.callStarted(event));
      }
    }

    @Override
    public void waiting(ErrorDetails details, Duration wait, Duration interval) {
      if (log.isDebugEnabled()) {
        log.debug(
            "[{} {}] waiting {} for {}: one call per {}",
            details.provider(),
            details.operation(),
            seconds(wait),
            details.operation(),
            seconds(interval));
      }
      if (info != null) {
        CallLimitWait event = new CallLimitWait(info, attempt, wait, interval);
        emit(l -> l.callLimitWaited(event));
      }
    }

    /** An answer arrived and was handled (or failed to be): counts its status and bytes. */
    void answered(Request request, InboundResponse response) {
      if (info != null) {
        status = response.status();
        bytesSent += bodyLength(request.body());
        long in = response.bytesReceived();
        bytesReceived = in < 0 || bytesReceived < 0 ? -1 : bytesReceived + in;
      }
    }

    /** An attempt failed and is retried after {@code wait}. */
    void retrying(SimApiException failure, Duration wait) {
      if (info != null) {
        rateLimitAnswer(failure);
        CallRetry event =
            new CallRetry(
                info,
                attempt,
                failure.getClass().getSimpleName(),
                failure.details().httpStatus(),
                wait);
        emit(l -> l.retrying(event));
      }
    }

    /** The call returns {@code value}. */
    <T> T succeeded(T value) {
      if (info != null) {
        end(CallOutcome.SUCCESS, Optional.empty(), status, Optional.empty());
      }
      return value;
    }

    /** The call throws {@code failure}, which is returned to be thrown. */
    RuntimeException failed(RuntimeException failure) {
      boolean ambiguous = failure instanceof AmbiguousOutcomeException;
      if (ambiguous && log.isDebugEnabled()) {
        SimApiException a = (SimApiException) failure;
        log.debug(
            "[{} {}] outcome unknown after {} attempt(s): the write may have been applied and was not "
                + "repeated ({})",
            a.provider(),
            a.operation(),
            a.details().attempts(),
            a.getCause() == null ? "no cause" : a.getCause().getClass().getSimpleName());
      }
      if (info != null) {
        int code = status;
        Optional<String> providerCode = Optional.empty();
        if (failure instanceof SimApiException e) {
          rateLimitAnswer(e);
          code = e.details().httpStatus();
          providerCode = e.providerCode().map(redactor::redact);
        }
        end(
            ambiguous ? CallOutcome.AMBIGUOUS : CallOutcome.FAILED,
            Optional.of(failure.getClass().getSimpleName()),
            code,
            providerCode);
      }
      return failure;
    }

    private void rateLimitAnswer(SimApiException failure) {
      if (failure instanceof RateLimitedException r && !r.isClientSide()) {
        RateLimitAnswer event =
            new RateLimitAnswer(
                info,
                attempt,
                r.details().httpStatus(),
                r.providerCode().map(redactor::redact),
                r.retryAfter());
        emit(l -> l.rateLimited(event));
      }
    }

    private void end(
        CallOutcome outcome, Optional<String> errorType, int httpStatus, Optional<String> code) {
      CallEnded event =
          new CallEnded(
              info,
              outcome,
              errorType,
              httpStatus,
              code,
              attempt,
              Duration.between(started, clock.instant()),
              bytesSent,
              bytesReceived);
      emit(l -> l.callEnded(event));
    }
  }

  private static long bodyLength(RequestBody body) {
    try {
      return body == null ? 0 : Math.max(0, body.contentLength());
    } catch (IOException e) {
      return 0;
    }
  }

  /** {@code 4.2 s}: the unit a person reads call limits in. */
  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
