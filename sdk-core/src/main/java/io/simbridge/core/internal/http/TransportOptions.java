package io.simbridge.core.internal.http;

import io.simbridge.core.ProviderOperation;
import io.simbridge.core.config.CallLimitMode;
import io.simbridge.core.config.CallLimitStore;
import io.simbridge.core.config.ClientBuilder;
import io.simbridge.core.config.RetryPolicy;
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
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * How a client talks to its provider: timeouts, retries, call limits, time, and the HTTP client.
 * Immutable. Users set these through the setters of {@link io.simbridge.core.config.ClientBuilder},
 * the one public way to configure a client's transport; this class is what the builder hands to
 * the transport, and what tests build directly.
 *
 * <p>Defaults: connect timeout 10 s, read timeout 30 s, whole-call timeout 60 s per attempt,
 * {@code RetryPolicy.defaults()}, {@code CallLimitMode.WAIT}, the system clock, real sleeping,
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
  private final CallLimitStore callLimitStore;
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
    this.callLimitStore = b.callLimitStore;
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
   * Where call-limit turns are kept when several processes share an account.
   *
   * @return the shared store; empty when turns are kept in this client's memory (the default)
   */
  public Optional<CallLimitStore> callLimitStore() {
    return Optional.ofNullable(callLimitStore);
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
    return "TransportOptions[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", "
        + retryPolicy
        + ", callLimitMode="
        + callLimitMode
        + ", callIntervals="
        + new TreeMap<>(callIntervals)
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + ", maskSubscriberIdsInLogs="
        + maskSubscriberIdsInLogs
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", customHttpClient="
        + (httpClient != null)
        + ", sharedCallLimits="
        + (callLimitStore != null)
        + ", listeners="
        + listeners.size()
        + "]";
  }

  /** Builds {@link TransportOptions}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private CallLimitMode callLimitMode = CallLimitMode.WAIT;
    private final Map<String, Duration> callIntervals = new TreeMap<>();
    private final Map<String, ProviderOperation> namedOperations = new TreeMap<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private OkHttpClient httpClient;
    private boolean allowInsecureHttp;
    private boolean maskSubscriberIdsInLogs = true;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private CallLimitStore callLimitStore;
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
      callLimitStore = o.callLimitStore;
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
        throw new InvalidInputException(
            "callInterval", interval.toString(), "zero or a positive duration");
      }
      callIntervals.put(operation, interval);
      return this;
    }

    /**
     * Overrides the minimum interval between two calls of one operation, named by its enum
     * constant; {@link #build(String)} refuses an operation of another provider.
     *
     * @param operation the operation
     * @param interval  the minimum interval, zero to lift the limit
     * @return this builder
     */
    public Builder callInterval(ProviderOperation operation, Duration interval) {
      Objects.requireNonNull(operation, "operation");
      callInterval(operation.wireName(), interval);
      namedOperations.put(operation.wireName(), operation);
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
     * Keeps call-limit turns in a store shared by every process that uses the same account, such
     * as the JDBC store of {@code sdk-jobs}, so that together they keep the documented intervals.
     *
     * @param store the shared store
     * @return this builder
     */
    public Builder callLimitStore(CallLimitStore store) {
      this.callLimitStore = Objects.requireNonNull(store, "callLimitStore");
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

    /**
     * Builds the options.
     *
     * @return the options
     */
    public TransportOptions build() {
      return new TransportOptions(this);
    }

    /**
     * Builds the options of one provider's client, refusing an operation named for another
     * provider: a call interval set on the wrong client would otherwise be silently ignored.
     *
     * @param provider the provider id of the client being built
     * @return the options
     * @throws InvalidInputException if a call interval names another provider's operation
     */
    public TransportOptions build(String provider) {
      for (ProviderOperation op : namedOperations.values()) {
        if (!op.provider().equals(provider)) {
          throw new InvalidInputException(
              "callInterval",
              op.provider() + " " + op.name(),
              "an operation of "
                  + provider
                  + " ("
                  + op.provider()
                  + "'s operations configure "
                  + op.provider()
                  + "'s client)");
        }
      }
      return build();
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new InvalidInputException(name, d.toString(), "a positive duration");
      }
      return d;
    }
  }

  /**
   * How provider modules read the settings a {@link ClientBuilder} collected, without the public
   * builder exposing this internal type in its signatures.
   */
  public static final class Bridge {
    private static volatile Function<ClientBuilder<?>, TransportOptions> reader;

    private Bridge() {}

    /**
     * Called once by {@link ClientBuilder}'s class initialisation.
     *
     * @param settingsReader reads a builder's settings
     */
    public static void register(Function<ClientBuilder<?>, TransportOptions> settingsReader) {
      reader = Objects.requireNonNull(settingsReader, "settingsReader");
    }

    /**
     * Reads a builder's transport settings; the builder's class is initialised (so registered)
     * before any instance exists.
     *
     * @param builder the provider's builder
     * @return its settings, checked for its provider
     */
    public static TransportOptions of(ClientBuilder<?> builder) {
      return reader.apply(builder);
    }
  }
}
