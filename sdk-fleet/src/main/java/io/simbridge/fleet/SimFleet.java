package io.simbridge.fleet;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.Usage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Several configured providers seen as one fleet: each SIM is routed to the provider that owns it
 * by a {@link SimRouter} (an explicit registry first, then {@link RoutingRule}s in order), and
 * operations over many SIMs fan out across providers concurrently, returning one result per SIM.
 *
 * <pre>{@code
 * try (SimFleet fleet = SimFleet.builder()
 *     .provider(thingsMobile.asSimProvider())
 *     .provider(m2m.asSimProvider())
 *     .route(RoutingRule.iccidPrefix("8944501", "thingsmobile"))
 *     .route(RoutingRule.iccidPrefix("894430", "m2miportal"))
 *     .build()) {
 *   FleetResult<SimResult<SimStatus>> states = fleet.states(sims, (done, total) -> bar.update(done, total));
 *   states.where(r -> !r.isSuccess()).forEach(r -> log.warn("{}: {}", r.sim(), r.error().get()));
 * }
 * }</pre>
 *
 * <p><b>Reads</b> run concurrently across providers, at most {@link ProviderLimits#reads()} at
 * once per provider across every operation of the fleet; each provider client still spaces its
 * calls as its documented call limits require. One SIM's failure is that SIM's result; it never
 * loses the others'. {@link #states} reads a provider's states from its SIM list (one call per
 * page) instead of one call per SIM when the provider can list SIMs and many of them are asked
 * for; if the list fails or misbehaves (a page that repeats an earlier one), the SIMs it did not
 * bring are read one by one.
 *
 * <p><b>Writes</b> run one at a time per provider by default ({@link ProviderLimits#writes()}),
 * providers in parallel, and report {@link WriteOutcome.Status#DONE}, {@code FAILED} or
 * {@code AMBIGUOUS} per SIM. The fleet repeats nothing: a write whose answer was lost is reported
 * ambiguous and never sent again.
 *
 * <p><b>Threads.</b> The calls run on the {@link Executor} given to
 * {@link Builder#executor(Executor)} (virtual threads, for instance), which the fleet never shuts
 * down; otherwise on one pool of the fleet's own, created with the fleet and shut down by
 * {@link #close()}. No operation creates threads of its own. Every task runs with the caller's
 * SLF4J MDC.
 *
 * <p><b>Progress and interrupts.</b> A {@link ProgressListener} or {@link FleetListener} that
 * throws is logged once and ignored. Interrupting the calling thread ends the operation at once,
 * without an exception: the {@link FleetResult} still names every SIM, says
 * {@link FleetResult#interrupted()}, reports a write in flight as {@code AMBIGUOUS} (it is left to
 * finish, never cut) and a write not begun as {@link WriteOutcome.Status#NOT_STARTED}; the
 * thread's interrupt flag is set again on return.
 *
 * <p>Thread-safe. Closing the fleet closes its providers.
 */
public final class SimFleet implements AutoCloseable {
  /** From this many SIMs of one provider, {@link #states} reads them from the SIM list. */
  public static final int DEFAULT_LIST_THRESHOLD = 50;

  private final Map<String, SimProvider> providers;
  private final SimRouter router;
  private final FleetExecutor executor;
  private final List<FleetListener> listeners;
  private final ListedStates listedStates;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimFleet(Builder b) {
    this.providers = Map.copyOf(b.providers);
    this.router = b.router.build();
    this.executor = new FleetExecutor(b.executor, b.limits);
    this.listeners = List.copyOf(b.listeners);
    this.listedStates = new ListedStates(b.listThreshold);
  }

  /**
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the ids of the fleet's providers
   */
  public Set<String> providerIds() {
    return providers.keySet();
  }

  /**
   * @param providerId a provider id
   * @return that provider's neutral view
   */
  public Optional<SimProvider> provider(String providerId) {
    return Optional.ofNullable(providers.get(providerId));
  }

  /**
   * @return the router that finds each SIM's provider
   */
  public SimRouter router() {
    return router;
  }

  /**
   * @param sim a SIM
   * @return the id of the provider that owns it
   * @throws UnknownSimException if neither the registry nor any rule names a provider for it
   */
  public String providerOf(SimRef sim) {
    return router.providerOf(sim);
  }

  // ---- reads ----------------------------------------------------------------------------------

  /**
   * Reads the state of many SIMs.
   *
   * @param sims     the SIMs
   * @param progress told after each SIM
   * @return one result per SIM, in order
   */
  public FleetResult<SimResult<SimStatus>> states(List<SimRef> sims, ProgressListener progress) {
    return read("states", sims, SimProvider::state, progress, listedStates);
  }

  /**
   * @param sims the SIMs
   * @return one state per SIM, in order
   */
  public FleetResult<SimResult<SimStatus>> states(List<SimRef> sims) {
    return states(sims, ProgressListener.NONE);
  }

  /**
   * Reads what many SIMs have used so far.
   *
   * @param sims     the SIMs
   * @param progress told after each SIM
   * @return one result per SIM, in order
   */
  public FleetResult<SimResult<Usage>> usageNow(List<SimRef> sims, ProgressListener progress) {
    return read("usageNow", sims, SimProvider::usageNow, progress, FanOut.BulkRead.none());
  }

  /**
   * @param sims the SIMs
   * @return one usage per SIM, in order
   */
  public FleetResult<SimResult<Usage>> usageNow(List<SimRef> sims) {
    return usageNow(sims, ProgressListener.NONE);
  }

  /**
   * Reads the last mobile-originated activity of many SIMs.
   *
   * @param sims     the SIMs
   * @param progress told after each SIM
   * @return one result per SIM, in order; a success is empty when the SIM has no history
   */
  public FleetResult<SimResult<Optional<LastActivity>>> lastActivity(
      List<SimRef> sims, ProgressListener progress) {
    return read("lastActivity", sims, SimProvider::lastActivity, progress, FanOut.BulkRead.none());
  }

  /**
   * @param sims the SIMs
   * @return one last activity per SIM, in order
   */
  public FleetResult<SimResult<Optional<LastActivity>>> lastActivity(List<SimRef> sims) {
    return lastActivity(sims, ProgressListener.NONE);
  }

  /**
   * Runs any per-SIM read over many SIMs, such as {@code (p, s) -> p.dailyUsage(s)}.
   *
   * @param sims     the SIMs
   * @param read     the read, given the SIM's provider and the SIM
   * @param progress told after each SIM
   * @param <T>      the value type
   * @return one result per SIM, in order
   */
  public <T> FleetResult<SimResult<T>> read(
      List<SimRef> sims, BiFunction<SimProvider, SimRef, T> read, ProgressListener progress) {
    return read("read", sims, read, progress, FanOut.BulkRead.none());
  }

  /** The one way every read runs. */
  private <T> FleetResult<SimResult<T>> read(
      String operation,
      List<SimRef> sims,
      BiFunction<SimProvider, SimRef, T> read,
      ProgressListener progress,
      FanOut.BulkRead<T> bulk) {
    Objects.requireNonNull(read, "read");
    FleetPlan plan = plan(sims);
    return new FanOut<T>(plan, progress(operation, plan, progress)).read(executor, read, bulk);
  }

  /**
   * Asks every provider that supports a capability, such as every provider's credit balance. Each
   * question takes one of that provider's read slots.
   *
   * @param capability the capability
   * @param call       what to ask each provider
   * @param <T>        the value type
   * @return one result per provider that supports it, by provider id; an error is that
   *     provider's alone
   */
  public <T> Map<String, ProviderResult<T>> acrossProviders(
      Capability capability, Function<SimProvider, T> call) {
    Objects.requireNonNull(call, "call");
    ensureOpen();
    Map<String, CompletableFuture<T>> futures = new LinkedHashMap<>();
    providers.keySet().stream()
        .filter(id -> providers.get(id).supports(capability))
        .sorted()
        .forEach(
            id -> {
              CompletableFuture<T> answer = new CompletableFuture<>();
              futures.put(id, answer);
              executor
                  .reads(id)
                  .submit(
                      new FleetExecutor.Task() {
                        @Override
                        public void run() {
                          try {
                            answer.complete(call.apply(providers.get(id)));
                          } catch (RuntimeException | Error e) {
                            answer.completeExceptionally(e);
                          }
                        }

                        @Override
                        public void rejected(RejectedExecutionException e) {
                          answer.completeExceptionally(e);
                        }
                      });
            });
    Map<String, ProviderResult<T>> out = new LinkedHashMap<>();
    futures.forEach((id, f) -> out.put(id, ProviderResult.of(id, () -> await(f))));
    return out;
  }

  // ---- writes ---------------------------------------------------------------------------------

  /**
   * Suspends many SIMs, one write at a time per provider by default.
   *
   * @param sims     the SIMs, each at most once
   * @param progress told after each SIM
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> suspend(List<SimRef> sims, ProgressListener progress) {
    return write(sims, "suspend", SimProvider::suspend, progress);
  }

  /**
   * @param sims the SIMs, each at most once
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> suspend(List<SimRef> sims) {
    return suspend(sims, ProgressListener.NONE);
  }

  /**
   * Resumes many SIMs, one write at a time per provider by default.
   *
   * @param sims     the SIMs, each at most once
   * @param progress told after each SIM
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> resume(List<SimRef> sims, ProgressListener progress) {
    return write(sims, "resume", SimProvider::resume, progress);
  }

  /**
   * @param sims the SIMs, each at most once
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> resume(List<SimRef> sims) {
    return resume(sims, ProgressListener.NONE);
  }

  /**
   * Runs any per-SIM write over many SIMs, such as {@code (p, s) -> p.rename(s, "pump-7")}, one
   * write at a time per provider by default; each SIM at most once, and nothing is repeated. This
   * is the one way every fleet write runs.
   *
   * @param sims      the SIMs, each at most once
   * @param operation the write's name, for outcomes and listeners
   * @param write     the write, given the SIM's provider and the SIM
   * @param progress  told after each SIM
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> write(
      List<SimRef> sims,
      String operation,
      BiConsumer<SimProvider, SimRef> write,
      ProgressListener progress) {
    Set<SimRef> seen = new HashSet<>();
    for (SimRef s : sims) {
      if (!seen.add(s)) {
        throw new InvalidInputException(
            "sims",
            "name " + router.label(s) + " twice",
            "each SIM at most once, so" + " that no write is sent twice");
      }
    }
    FleetPlan plan = plan(sims);
    return new FanOut<Boolean>(plan, progress(operation, plan, progress))
        .write(
            executor,
            (p, s) -> {
              write.accept(p, s);
              return Boolean.TRUE;
            },
            operation);
  }

  private FleetPlan plan(List<SimRef> sims) {
    ensureOpen();
    return FleetPlan.of(sims, router, providers);
  }

  private Progress progress(String operation, FleetPlan plan, ProgressListener progress) {
    return new Progress(operation, plan.sims().size(), plan.totals(), progress, listeners);
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the fleet is closed");
    }
  }

  /** Waits for one provider's answer; an interrupt leaves the flag set and that answer missing. */
  private static <T> T await(CompletableFuture<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("not asked: the calling thread was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Shuts the fleet's own pool down (never an executor given to the builder) and closes every
   * provider, even if one fails to close. Operations started later are refused.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    executor.close();
    RuntimeException first = null;
    for (SimProvider p : providers.values()) {
      try {
        p.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "SimFleet[providers=" + new TreeSet<>(providers.keySet()) + ", router=" + router + "]";
  }

  /**
   * Builds a {@link SimFleet}: its providers and their bounds, the routing (see
   * {@link SimRouter}), the executor, the listeners.
   */
  public static final class Builder extends FleetSettings<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * @return the fleet
     * @throws InvalidInputException if a registry entry or rule names a provider the fleet does not
     *     hold
     */
    public SimFleet build() {
      checks.forEach(Runnable::run);
      return new SimFleet(this);
    }
  }
}
