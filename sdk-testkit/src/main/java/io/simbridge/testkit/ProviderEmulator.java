package io.simbridge.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider emulated on a free loopback port: a WireMock server whose every answer is computed
 * by the emulator, so that it keeps state (a blocked SIM reads back as blocked), pages over
 * generated data, enforces the provider's documented call limits, and injects faults on demand.
 *
 * <p>Start it, give a client its {@link #baseUrl()} and the credentials it exposes, and
 * {@link #reset()} it between tests (or use {@link EmulatorExtension}). Thread-safe: requests are
 * processed one at a time.
 *
 * @param <E> the concrete emulator type
 */
public abstract class ProviderEmulator<E extends ProviderEmulator<E>> implements AutoCloseable {
  private final Clock clock;
  private final FaultSwitches faults = new FaultSwitches();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastArrival = new ConcurrentHashMap<>();
  private final AtomicInteger rateLimitAnswers = new AtomicInteger();
  private WireMockServer server;

  /** @param clock the emulator's time: call limits and expiries are measured with it */
  protected ProviderEmulator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @return the provider id this emulator stands for */
  public abstract String providerId();

  /**
   * Names the operation a request calls, for routing, fault switches and counting.
   *
   * @param request the request
   * @return the operation, or empty when the request matches none (answered 404)
   */
  protected abstract Optional<String> operationOf(EmulatedRequest request);

  /**
   * Computes the answer to a request. Called one request at a time.
   *
   * @param operation the operation {@link #operationOf} named
   * @param request   the request
   * @return the answer
   */
  protected abstract EmulatedResponse handle(String operation, EmulatedRequest request);

  /** Restores the emulator's data to its initial state. */
  protected abstract void resetState();

  @SuppressWarnings("unchecked")
  private E self() {
    return (E) this;
  }

  /**
   * Starts the emulator on a free loopback port.
   *
   * @return this emulator
   */
  public synchronized E start() {
    if (server == null) {
      server =
          new WireMockServer(
              wireMockConfig()
                  .dynamicPort()
                  .bindAddress("127.0.0.1")
                  .extensions(new Dispatcher())
                  .disableRequestJournal());
      server.start();
      server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Dispatcher.NAME)));
    }
    return self();
  }

  /** Stops the emulator; calls to it are then refused. */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** @return whether the emulator is running */
  public synchronized boolean isRunning() {
    return server != null && server.isRunning();
  }

  /** @return the URL to give a client as its base URL, such as {@code http://127.0.0.1:41234} */
  public synchronized String baseUrl() {
    if (server == null) {
      throw new IllegalStateException(providerId() + " emulator is not started");
    }
    return "http://127.0.0.1:" + server.port();
  }

  /** @return the emulator's clock */
  public Clock clock() {
    return clock;
  }

  /** @return the fault switches */
  public FaultSwitches faults() {
    return faults;
  }

  /** Restores the initial data, clears faults, counts and call-limit history. */
  public synchronized void reset() {
    faults.clear();
    requests.clear();
    lastArrival.clear();
    rateLimitAnswers.set(0);
    resetState();
  }

  /**
   * @param operation an operation name
   * @return how many requests it received since the last reset
   */
  public int requests(String operation) {
    AtomicInteger n = requests.get(operation);
    return n == null ? 0 : n.get();
  }

  /** @return how many requests the emulator received since the last reset */
  public int totalRequests() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** @return how many times it answered with the provider's rate-limit error since the last reset */
  public int rateLimitAnswers() {
    return rateLimitAnswers.get();
  }

  /**
   * Checks a documented call limit the way the provider does, by arrival time: a call in
   * {@code lane} arriving less than {@code interval} after the previous one is too soon. Every
   * call, too soon or not, counts as the previous one for the next.
   *
   * @param lane     the limit's scope, such as a user and an operation
   * @param interval the documented minimum interval
   * @return whether the call came too soon; the caller then answers with the rate-limit error
   */
  protected final boolean tooSoon(String lane, Duration interval) {
    Instant now = clock.instant();
    Instant previous = lastArrival.put(lane, now);
    boolean early = previous != null && Duration.between(previous, now).compareTo(interval) < 0;
    if (early) {
      rateLimitAnswers.incrementAndGet();
    }
    return early;
  }

  private synchronized EmulatedResponse dispatch(String operation, EmulatedRequest request) {
    requests.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    return handle(operation, request);
  }

  private ResponseDefinition answer(ServeEvent event) {
    EmulatedRequest request = new EmulatedRequest(event.getRequest());
    Optional<String> operation = operationOf(request);
    if (operation.isEmpty()) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(404)
          .withHeader("Content-Type", "text/plain")
          .withBody("no such operation: " + request.path())
          .build();
    }
    EmulatedResponse response = dispatch(operation.get(), request);
    ResponseDefinitionBuilder b =
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(response.status())
            .withHeader("Content-Type", response.contentType())
            .withBody(response.body());
    response.headers().forEach(b::withHeader);
    Optional<EmulatorFault> fault = faults.take(operation.get());
    if (fault.isPresent()) {
      EmulatorFault f = fault.get();
      switch (f.kind()) {
        case DELAY -> b.withFixedDelay((int) f.delay().toMillis());
        case CONNECTION_RESET -> b.withFault(Fault.CONNECTION_RESET_BY_PEER);
        case MALFORMED_BODY ->
            b.withBody(response.body().substring(0, response.body().length() / 2));
        case SERVER_ERROR ->
            b.withStatus(f.status())
                .withHeader("Content-Type", "text/html")
                .withBody(
                    String.format(
                        "<html><head><title>%d</title></head><body><h1>%d</h1>"
                            + "<p>The upstream server is unavailable.</p></body></html>",
                        f.status(), f.status()));
      }
    }
    return b.build();
  }

  /** Routes every request to this emulator's handler. */
  private final class Dispatcher implements ResponseDefinitionTransformerV2 {
    static final String NAME = "simbridge-emulator";

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      return answer(serveEvent);
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
