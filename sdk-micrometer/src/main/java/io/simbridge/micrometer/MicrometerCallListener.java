package io.simbridge.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.simbridge.core.observe.CallEnded;
import io.simbridge.core.observe.CallLimitWait;
import io.simbridge.core.observe.CallListener;
import io.simbridge.core.observe.CallOperation;
import io.simbridge.core.observe.CallOutcome;
import io.simbridge.core.observe.CallRetry;
import io.simbridge.core.observe.RateLimitAnswer;
import io.simbridge.core.observe.TokenRenewal;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Records every call of the clients it is registered with in a Micrometer {@link MeterRegistry}.
 * Every meter is tagged by {@code provider} and, where it concerns one call, by
 * {@code operation} (the documented operation name, such as {@code simStatus}); no tag ever holds
 * a SIM identifier, a URL or a credential, so the number of time series stays bounded by the
 * providers' operations.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags besides provider and operation</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>{@code kind} (read, write), {@code outcome}
 *       (success, failed, ambiguous), {@code error.type} (exception simple name, {@code none})</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>{@code error.type} of the failed attempt</td></tr>
 *   <tr><td>{@value #RATE_LIMITED}</td><td>counter</td><td>-</td></tr>
 *   <tr><td>{@value #AMBIGUOUS_WRITES}</td><td>counter</td><td>-</td></tr>
 *   <tr><td>{@value #CALL_LIMIT_WAITS}</td><td>timer</td><td>-</td></tr>
 *   <tr><td>{@value #TOKEN_RENEWALS}</td><td>counter</td><td>{@code reason} (first, expiring,
 *       rejected); no operation tag</td></tr>
 * </table>
 *
 * <p>Percentile histograms are off, as Micrometer's default; turn them on for these meters with
 * a {@code MeterFilter} (see {@code docs/observability.md}). Thread-safe; one instance may serve
 * every client of an application.
 */
public final class MicrometerCallListener implements CallListener {
  /** Timer of calls, from start to end, retries and waits included. */
  public static final String CALLS = "simbridge.client.calls";

  /** Counter of attempts that failed and were retried. */
  public static final String RETRIES = "simbridge.client.retries";

  /** Counter of the provider's rate-limit answers. */
  public static final String RATE_LIMITED = "simbridge.client.rate.limited";

  /** Counter of writes whose outcome is unknown (they may have been applied). */
  public static final String AMBIGUOUS_WRITES = "simbridge.client.ambiguous.writes";

  /** Timer of waits imposed by the providers' documented call limits. */
  public static final String CALL_LIMIT_WAITS = "simbridge.client.call.limit.waits";

  /** Counter of credentials fetched at run time (OAuth2 tokens, OEM auth keys). */
  public static final String TOKEN_RENEWALS = "simbridge.client.token.renewals";

  private static final String NONE = "none";

  private final MeterRegistry registry;
  // Registering a meter allocates tags and takes a lock: do it once per series.
  private final ConcurrentHashMap<Series, Meter> meters = new ConcurrentHashMap<>();

  /**
   * @param registry where the meters are registered
   */
  public MicrometerCallListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void callLimitWaited(CallLimitWait event) {
    CallOperation op = event.call().operation();
    meter(
            new Series(CALL_LIMIT_WAITS, op.provider(), op.name(), null, null),
            () ->
                Timer.builder(CALL_LIMIT_WAITS)
                    .description(
                        "Waits imposed by the provider's documented minimum interval between two calls")
                    .tags("provider", op.provider(), "operation", op.name())
                    .register(registry),
            Timer.class)
        .record(event.duration());
  }

  @Override
  public void rateLimited(RateLimitAnswer event) {
    count(RATE_LIMITED, event.call().operation(), null, "Rate-limit answers from the provider");
  }

  @Override
  public void retrying(CallRetry event) {
    count(
        RETRIES,
        event.call().operation(),
        event.errorType(),
        "Attempts that failed and were retried");
  }

  @Override
  public void tokenRenewed(TokenRenewal event) {
    String reason = event.reason().tagValue();
    meter(
            new Series(TOKEN_RENEWALS, event.provider(), null, reason, null),
            () ->
                Counter.builder(TOKEN_RENEWALS)
                    .description("Credentials fetched from the provider at run time")
                    .tags("provider", event.provider(), "reason", reason)
                    .register(registry),
            Counter.class)
        .increment();
  }

  @Override
  public void callEnded(CallEnded event) {
    CallOperation op = event.call().operation();
    String outcome = event.outcome().tagValue();
    String error = event.errorType().orElse(NONE);
    meter(
            new Series(CALLS, op.provider(), op.name(), outcome, error),
            () ->
                Timer.builder(CALLS)
                    .description("Calls to a SIM provider, retries and waits included")
                    .tags(
                        "provider",
                        op.provider(),
                        "operation",
                        op.name(),
                        "kind",
                        op.kind(),
                        "outcome",
                        outcome,
                        "error.type",
                        error)
                    .register(registry),
            Timer.class)
        .record(event.duration());
    if (event.outcome() == CallOutcome.AMBIGUOUS) {
      count(
          AMBIGUOUS_WRITES,
          op,
          null,
          "Writes whose outcome is unknown: they may have been applied");
    }
  }

  private void count(String name, CallOperation op, String errorType, String description) {
    meter(
            new Series(name, op.provider(), op.name(), errorType, null),
            () -> {
              Counter.Builder b =
                  Counter.builder(name)
                      .description(description)
                      .tags("provider", op.provider(), "operation", op.name());
              return (errorType == null ? b : b.tag("error.type", errorType)).register(registry);
            },
            Counter.class)
        .increment();
  }

  private <M extends Meter> M meter(Series series, Supplier<M> register, Class<M> type) {
    return type.cast(meters.computeIfAbsent(series, s -> register.get()));
  }

  /** One time series: a meter name and its tag values. */
  private record Series(String name, String provider, String operation, String a, String b) {}
}
