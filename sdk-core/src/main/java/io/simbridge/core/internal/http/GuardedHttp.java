package io.simbridge.core.internal.http;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The OkHttp client simbridge sends through, derived from the user's or the shared one, with
 * every transmission OkHttp could decide on its own switched off, and a last guard in case one
 * slips through. What {@code RetryAndFollowUpInterceptor} (OkHttp 5) would otherwise do:
 * <ul>
 *   <li>recover from a failed exchange by sending again: {@code retryOnConnectionFailure(false)};
 *   <li>answer 401 with the user's {@code authenticator}: {@link Authenticator#NONE};
 *   <li>answer 407 with the {@code proxyAuthenticator}: kept only for an HTTPS proxy tunnel's
 *       {@code CONNECT}, which precedes the request, never to resend the request itself;
 *   <li>follow 3xx redirects: {@code followRedirects(false)}, {@code followSslRedirects(false)};
 *   <li>resend after 408: gated by {@code retryOnConnectionFailure}, so off;
 *   <li>resend at once after 503 with {@code Retry-After: 0}, whatever the settings: the network
 *       guard takes {@code Retry-After} off every answer before OkHttp sees it, and hands it to
 *       simbridge's retry rules through the attempt's {@link Transmission};
 *   <li>resend after 421 on a coalesced HTTP/2 connection: not switchable, caught by the guard.
 * </ul>
 * The guard is the innermost network interceptor: it counts the transmissions of each attempt
 * and refuses a second one with {@link SecondTransmissionException}, which reaches the executor as
 * a transport failure after a request that may have arrived (a write is then ambiguous). It also
 * refuses to transmit once the executor is closed.
 */
final class GuardedHttp {
  private GuardedHttp() {}

  /**
   * @param base    the user's client or the shared one; its pools, dispatcher and interceptors are kept
   * @param options the timeouts
   * @param closed  whether the executor is closed
   * @return the client for calls with a whole-call timeout
   */
  static OkHttpClient client(OkHttpClient base, TransportOptions options, BooleanSupplier closed) {
    Authenticator proxy = base.proxyAuthenticator();
    return base.newBuilder()
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(Authenticator.NONE)
        .proxyAuthenticator(
            (route, response) ->
                "CONNECT".equals(response.request().method())
                    ? proxy.authenticate(route, response)
                    : null)
        .addNetworkInterceptor(
            chain -> {
              // The call's own request carries the tag, whatever an interceptor made of it since.
              Transmission t =
                  Objects.requireNonNull(
                      chain.call().request().tag(Transmission.class), "transmission");
              if (closed.getAsBoolean()) {
                throw new ClosedException();
              }
              if (t.count.incrementAndGet() > 1) {
                throw new SecondTransmissionException();
              }
              // Reached only once a connection is ready: from here on, the request may arrive.
              t.mayHaveBeenSent = true;
              Response response = chain.proceed(chain.request());
              String retryAfter = response.header("Retry-After");
              if (retryAfter == null) {
                return response;
              }
              t.retryAfter = retryAfter;
              return response.newBuilder().removeHeader("Retry-After").build();
            })
        .build();
  }

  /** What one attempt did on the network; the tag of its request. */
  static final class Transmission {
    final AtomicInteger count = new AtomicInteger();
    volatile boolean mayHaveBeenSent;
    volatile String retryAfter;
  }

  /** A second transmission within one attempt, refused: only simbridge's retry rules resend. */
  static final class SecondTransmissionException extends IOException {
    private static final long serialVersionUID = 1L;

    SecondTransmissionException() {
      super(
          "refused a second transmission of one attempt (a follow-up request of the HTTP client)");
    }
  }

  /** The executor was closed before the request left. */
  static final class ClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    ClosedException() {
      super("the client was closed before the request was sent");
    }
  }
}
