package io.simbridge.fleet;

import io.simbridge.core.Capability;
import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** An in-memory provider whose calls can be watched and made to fail or block. */
class FakeProvider implements SimProvider {
  final String id;
  final Set<Capability> capabilities;
  final Map<SimRef, String> states = new ConcurrentHashMap<>();
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final AtomicInteger listCalls = new AtomicInteger();
  volatile Consumer<SimRef> behaviour = sim -> {};
  volatile boolean closed;

  FakeProvider(String id, Capability... capabilities) {
    this.id = id;
    this.capabilities = Set.of(capabilities);
  }

  FakeProvider with(SimRef sim, String state) {
    states.put(sim, state);
    return this;
  }

  private <T> T call(SimRef sim, java.util.function.Supplier<T> body) {
    calls.incrementAndGet();
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      behaviour.accept(sim);
      return body.get();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private String stateOf(SimRef sim) {
    String s = states.get(sim);
    if (s == null) {
      throw new NotFoundException(new ErrorDetails(id, "state", 200, "40", "sim not found"));
    }
    return s;
  }

  @Override
  public SimStatus state(SimRef sim) {
    return call(
        sim,
        () -> SimStatus.of(SimState.valueOf(stateOf(sim).toUpperCase(Locale.ROOT)), stateOf(sim)));
  }

  @Override
  public void suspend(SimRef sim) {
    call(sim, () -> states.put(sim, stateOf(sim) == null ? null : "suspended"));
  }

  @Override
  public PagedIterable<SimSummary> listSims(SimFilter filter) {
    List<SimRef> all = List.copyOf(states.keySet());
    return PagedIterable.of(
        n -> {
          listCalls.incrementAndGet();
          List<SimSummary> page =
              all.stream()
                  .skip((n - 1) * 10L)
                  .limit(10)
                  .map(
                      s ->
                          new SimSummary(
                              s,
                              SimStatus.of(
                                  SimState.valueOf(states.get(s).toUpperCase(Locale.ROOT)),
                                  states.get(s)),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty()))
                  .toList();
          return new Page<>(page, n, 10, OptionalLong.of(all.size()), n * 10L < all.size());
        });
  }

  @Override
  public String providerId() {
    return id;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type.cast(this);
  }

  @Override
  public void close() {
    closed = true;
  }
}
