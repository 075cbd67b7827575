package io.simbridge.thingsmobile.internal;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.internal.http.HttpExecutor;
import io.simbridge.core.internal.http.OperationSpec;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.Credit;
import io.simbridge.thingsmobile.model.CustomPlan;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends built requests through the core transport, each under its operation's spec (read or
 * write, documented interval), and reads the answer with {@link Answers}. Each read names the
 * shape its answer is bound to ({@link AnswerXml}) and the conversion that makes it a model
 * value, so that the client deals in requests and model values only.
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
    call(call, AnswerXml.Envelope.class, answer -> null);
  }

  /**
   * @param call a simStatus call
   * @return the one SIM its answer describes
   */
  public SimInfo simInfo(Requests.Call call) {
    return call(call, AnswerXml.Sims.class, Answers::simInfo);
  }

  /**
   * @param call a simListLite call
   * @return the SIMs of its answer
   */
  public List<SimListItem> simListItems(Requests.Call call) {
    return call(call, AnswerXml.Sims.class, Answers::simListItems);
  }

  /**
   * @param call a credit call
   * @return the credit and the history page of its answer
   */
  public Credit credit(Requests.Call call) {
    return call(call, AnswerXml.CreditAnswer.class, Answers::credit);
  }

  /**
   * @param call a customPlanList call
   * @return the plans of its answer
   */
  public List<CustomPlan> plans(Requests.Call call) {
    return call(call, AnswerXml.Plans.class, Answers::plans);
  }

  /**
   * @param call a downloadCdr call
   * @return the message of its answer; empty when it has none
   */
  public String message(Requests.Call call) {
    return call(call, AnswerXml.Envelope.class, Answers::message);
  }

  /**
   * @param call a getCdrPaginated call
   * @return the page of CDRs of its answer
   */
  public List<Cdr> cdrs(Requests.Call call) {
    return call(call, AnswerXml.CdrPage.class, Answers::cdrs);
  }

  /** Sends a call; {@code convert} runs inside the handler, so a bad value is a malformed answer. */
  private <T extends AnswerXml.Envelope, R> R call(
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
