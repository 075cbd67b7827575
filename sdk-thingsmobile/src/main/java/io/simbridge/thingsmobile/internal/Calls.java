package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends built requests through the core transport, each under its operation's spec (read or
 * write, documented interval), and reads the answer with {@link Answers}.
 */
public final class Calls implements AutoCloseable {
  private static final Map<ThingsMobileOperation, OperationSpec> SPECS =
      new EnumMap<>(ThingsMobileOperation.class);

  static {
    for (ThingsMobileOperation op : ThingsMobileOperation.values()) {
      SPECS.put(op, OperationSpec.of(op));
    }
  }

  private final HttpExecutor http;

  /**
   * @param http the client's transport
   */
  public Calls(HttpExecutor http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Sends a call whose answer carries nothing but {@code done}.
   *
   * @param call the operation and its request
   */
  public void send(Requests.Call call) {
    call(call, Answers.Envelope.class, answer -> null);
  }

  /**
   * Sends a call; {@code convert} runs inside the handler, so a bad value is a malformed answer.
   *
   * @param call    the operation and its request
   * @param type    the answer's shape
   * @param convert turns the answer into the caller's value
   * @param <T>     the answer type
   * @param <R>     the value type
   * @return the value
   */
  public <T extends Answers.Envelope, R> R call(
      Requests.Call call, Class<T> type, Function<T, R> convert) {
    OperationSpec spec = SPECS.get(call.operation());
    return http.execute(spec, call.request(), Answers.handler(type, rateLimitWait(spec), convert));
  }

  /**
   * @param op an operation
   * @return the provider and operation, for an error raised outside a call
   */
  public ErrorDetails details(ThingsMobileOperation op) {
    return http.details(op.wireName());
  }

  /** What an error-60 answer waits for: the operation's interval (5 s where none is documented). */
  private Duration rateLimitWait(OperationSpec op) {
    Duration interval = http.options().callInterval(op.name()).orElse(op.minInterval());
    return interval.isZero() ? Duration.ofSeconds(5) : interval;
  }

  /** Stops new calls. */
  @Override
  public void close() {
    http.close();
  }
}
