package io.simbridge.core.config;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.OkHttpClient;

/**
 * How a client talks to its provider: timeouts, retries, call limits, time, and the HTTP client.
 * Immutable; every provider builder accepts one (or its parts, one setter at a time, through
 * {@link ClientBuilder}).
 *
 * <p>Defaults: connect timeout 10 s, read timeout 30 s, whole-call timeout 60 s per attempt,
 * {@link RetryPolicy#defaults()}, {@link CallLimitMode#WAIT}, the system clock, real sleeping,
 * HTTPS only (plain HTTP to loopback hosts only), answers up to 16 MiB, ICCIDs and MSISDNs masked
 * in logs.
 */
public final class TransportOptions {
  /**
   * The default largest answer read into memory: 16 MiB, eight times the largest documented page
   * (large reports are streamed instead).
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final CallLimitMode callLimitMode;
  private final Map<String, Duration> callIntervals;
  private final Clock clock;
  private final Sleeper sleeper;
  private final OkHttpClient httpClient;
  private final boolean allowInsecureHttp;
  private final boolean maskSubscriberIdsInLogs;
  private final long maxResponseBytes;
  private final List<CallListener> listeners;

  private TransportOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.callLimitMode = b.callLimitMode;
    this.callIntervals = Map.copyOf(b.callIntervals);
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.httpClient = b.httpClient;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.maskSubscriberIdsInLogs = b.maskSubscriberIdsInLogs;
    this.maxResponseBytes = b.maxResponseBytes;
    this.listeners = List.copyOf(b.listeners);
  }

  /** @return options with every default */
  public static TransportOptions defaults() {
    return builder().build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these options */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** @return the time allowed to open a connection */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return the longest silence allowed while reading or writing */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** @return the time allowed for one whole attempt */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return the retry policy */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** @return what a call does when the call limit says it is too early */
  public CallLimitMode callLimitMode() {
    return callLimitMode;
  }

  /**
   * @param operation a provider operation name, such as {@code simStatus}
   * @return the minimum interval the user set for it, overriding the documented one
   */
  public Optional<Duration> callInterval(String operation) {
    return Optional.ofNullable(callIntervals.get(operation));
  }

  /** @return the clock used for call limits, token expiry and retry budgets */
  public Clock clock() {
    return clock;
  }

  /** @return how the client waits */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** @return the user's HTTP client, whose connection pool and dispatcher are shared */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** @return whether plain HTTP is allowed to hosts other than loopback */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @return whether ICCIDs and MSISDNs are masked in logs except their last digits */
  public boolean maskSubscriberIdsInLogs() {
    return maskSubscriberIdsInLogs;
  }

  /** @return the largest answer read into memory; a larger one is refused */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * The listeners every call reports its events to, in registration order.
   *
   * @return the listeners, empty when none was added
   */
  public List<CallListener> listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "TransportOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
        + callTimeout + ", " + retryPolicy + ", callLimitMode=" + callLimitMode + ", callIntervals="
        + new TreeMap<>(callIntervals) + ", allowInsecureHttp=" + allowInsecureHttp + ", maskSubscriberIdsInLogs="
        + maskSubscriberIdsInLogs + ", maxResponseBytes=" + maxResponseBytes + ", customHttpClient="
        + (httpClient != null) + ", listeners=" + listeners.size() + "]";
  }

  /** Builds {@link TransportOptions}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private CallLimitMode callLimitMode = CallLimitMode.WAIT;
    private final Map<String, Duration> callIntervals = new TreeMap<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private OkHttpClient httpClient;
    private boolean allowInsecureHttp;
    private boolean maskSubscriberIdsInLogs = true;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private final List<CallListener> listeners = new ArrayList<>();

    private Builder() {}

    private Builder(TransportOptions o) {
      connectTimeout = o.connectTimeout;
      readTimeout = o.readTimeout;
      callTimeout = o.callTimeout;
      retryPolicy = o.retryPolicy;
      callLimitMode = o.callLimitMode;
      callIntervals.putAll(o.callIntervals);
      clock = o.clock;
      sleeper = o.sleeper;
      httpClient = o.httpClient;
      allowInsecureHttp = o.allowInsecureHttp;
      maskSubscriberIdsInLogs = o.maskSubscriberIdsInLogs;
      maxResponseBytes = o.maxResponseBytes;
      listeners.addAll(o.listeners);
    }

    /** @param timeout time allowed to open a connection, positive @return this builder */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** @param timeout longest silence while reading or writing, positive @return this builder */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /** @param timeout time allowed for one whole attempt, positive @return this builder */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /** @param policy the retry policy @return this builder */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** @param mode wait for the call limiter's turn, or fail fast @return this builder */
    public Builder callLimitMode(CallLimitMode mode) {
      this.callLimitMode = Objects.requireNonNull(mode, "callLimitMode");
      return this;
    }

    /**
     * Overrides the minimum interval between two calls of one operation. Make it shorter than
     * the provider documents only if the provider granted you more.
     *
     * @param operation the provider's operation name, such as {@code simStatus}
     * @param interval  the minimum interval, zero to lift the limit
     * @return this builder
     */
    public Builder callInterval(String operation, Duration interval) {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new InvalidInputException("callInterval", interval.toString(), "zero or a positive duration");
      }
      callIntervals.put(operation, interval);
      return this;
    }

    /** @param clock the clock for call limits, token expiry and retry budgets @return this builder */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @param sleeper how the client waits @return this builder */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Shares the connection pool and dispatcher of your own OkHttp client. simbridge derives its
     * own client from it ({@link OkHttpClient#newBuilder()}) with its timeouts, no redirects and
     * no automatic retry, and never shuts it down.
     *
     * @param client your client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    /**
     * Allows plain HTTP to hosts other than loopback. Credentials then travel unencrypted: use it
     * only inside a trusted network, for example through a TLS-terminating proxy.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /** @param mask whether to mask ICCIDs and MSISDNs in logs (default true) @return this builder */
    public Builder maskSubscriberIdsInLogs(boolean mask) {
      this.maskSubscriberIdsInLogs = mask;
      return this;
    }

    /** @param bytes the largest answer read into memory, at least 1 KiB @return this builder */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new InvalidInputException("maxResponseBytes", String.valueOf(bytes), "1024 or more");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Adds a listener that receives the events of every call (see {@link CallListener}). Several
     * may be added; each receives every event, in the order they were added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(CallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** @return the options */
    public TransportOptions build() {
      return new TransportOptions(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new InvalidInputException(name, d.toString(), "a positive duration");
      }
      return d;
    }
  }
}
