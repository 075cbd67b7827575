package io.simbridge.core.config;

import io.simbridge.core.ProviderOperation;
import io.simbridge.core.internal.http.TransportOptions;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The settings every provider's client builder shares: base URL override, timeouts, retries,
 * call limits, time and the HTTP client. Provider builders extend it and add their credentials
 * and environment. These setters are the one way to configure a client's transport.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  static {
    // Provider modules read the collected settings through the transport's bridge, which keeps
    // the internal TransportOptions type out of this public class's signatures.
    TransportOptions.Bridge.register(builder -> builder.transport.build(builder.provider));
  }

  private final String provider;
  private final TransportOptions.Builder transport = TransportOptions.builder();
  private String baseUrl;

  /**
   * For subclasses.
   *
   * @param provider the provider id of the client being built, such as {@code thingsmobile}; an
   *     operation of another provider given to {@link #callInterval} is refused at build time
   */
  protected ClientBuilder(String provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sends every call to this base URL instead of the provider's documented host (a sandbox, a
   * proxy, a test server). HTTPS is required except for loopback hosts or when
   * {@link #allowInsecureHttp(boolean)} is set.
   *
   * @param url the base URL, such as {@code https://api.example.com}
   * @return this builder
   */
  public B baseUrl(String url) {
    this.baseUrl = Objects.requireNonNull(url, "baseUrl");
    return self();
  }

  /**
   * @param timeout time allowed to open a connection (default 10 s)
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    transport.connectTimeout(timeout);
    return self();
  }

  /**
   * @param timeout longest silence while reading or writing (default 30 s)
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    transport.readTimeout(timeout);
    return self();
  }

  /**
   * @param timeout time allowed for one whole attempt (default 60 s)
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    transport.callTimeout(timeout);
    return self();
  }

  /**
   * @param policy how reads are retried (default {@link RetryPolicy#defaults()})
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    transport.retryPolicy(policy);
    return self();
  }

  /**
   * @param mode wait for the call limiter's turn (default) or fail fast
   * @return this builder
   */
  public B callLimitMode(CallLimitMode mode) {
    transport.callLimitMode(mode);
    return self();
  }

  /**
   * Overrides the documented minimum interval between two calls of one operation. Make it
   * shorter than the provider documents only if the provider granted you more.
   *
   * @param operation the operation, a constant of this provider's operation enum, such as
   *     {@code ThingsMobileOperation.SIM_STATUS}; another provider's operation is refused by
   *     {@code build()}
   * @param interval  the minimum interval, zero to lift the limit
   * @return this builder
   */
  public B callInterval(ProviderOperation operation, Duration interval) {
    transport.callInterval(operation, interval);
    return self();
  }

  /**
   * @param clock the clock (default: system UTC)
   * @return this builder
   */
  public B clock(Clock clock) {
    transport.clock(clock);
    return self();
  }

  /**
   * @param sleeper how the client waits (default: really sleeping)
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    transport.sleeper(sleeper);
    return self();
  }

  /**
   * @param client your OkHttp client, whose pool and dispatcher are shared
   * @return this builder
   * @see TransportOptions.Builder#httpClient(OkHttpClient)
   */
  public B httpClient(OkHttpClient client) {
    transport.httpClient(client);
    return self();
  }

  /**
   * @param allow whether plain HTTP is allowed to hosts other than loopback (default false)
   * @return this builder
   */
  public B allowInsecureHttp(boolean allow) {
    transport.allowInsecureHttp(allow);
    return self();
  }

  /**
   * @param mask whether ICCIDs and MSISDNs are masked in logs (default true)
   * @return this builder
   */
  public B maskSubscriberIdsInLogs(boolean mask) {
    transport.maskSubscriberIdsInLogs(mask);
    return self();
  }

  /**
   * @param bytes the largest answer read into memory (default 16 MiB)
   * @return this builder
   */
  public B maxResponseBytes(long bytes) {
    transport.maxResponseBytes(bytes);
    return self();
  }

  /**
   * @param store where call-limit turns are kept, shared by every process that uses this account
   *     (default: this client's memory)
   * @return this builder
   */
  public B callLimitStore(CallLimitStore store) {
    transport.callLimitStore(store);
    return self();
  }

  /**
   * Adds a listener that receives the events of every call this client sends: metrics, traces,
   * audit. Several may be added. See {@link CallListener}.
   *
   * @param listener the listener
   * @return this builder
   */
  public B addListener(CallListener listener) {
    transport.addListener(listener);
    return self();
  }

  /** @return the base URL override, if one was set */
  protected final Optional<String> baseUrlOverride() {
    return Optional.ofNullable(baseUrl);
  }
}
