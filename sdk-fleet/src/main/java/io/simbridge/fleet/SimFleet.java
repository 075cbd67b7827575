package io.simbridge.fleet;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Several configured providers seen as one fleet: each SIM is routed to the provider that owns it
 * (an explicit registry first, then {@link RoutingRule}s in order), and operations over many SIMs
 * fan out across providers concurrently, returning one result per SIM.
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
 * once per provider; each provider client still spaces its calls as its documented call limits
 * require. One SIM's failure is that SIM's result; it never loses the others'. {@link #states}
 * reads a provider's states from its SIM list (one call per page) instead of one call per SIM
 * when the provider can list SIMs and many of them are asked for; if the list fails or misbehaves
 * (a page that repeats an earlier one), the SIMs it did not bring are read one by one.
 *
 * <p><b>Writes</b> run one at a time per provider by default ({@link ProviderLimits#writes()}),
 * providers in parallel, and report {@link WriteOutcome.Status#DONE}, {@code FAILED} or
 * {@code AMBIGUOUS} per SIM. The fleet repeats nothing: a write whose answer was lost is reported
 * ambiguous and never sent again.
 *
 * <p><b>Progress and interrupts.</b> A {@link ProgressListener} that throws is logged once and
 * ignored. Interrupting the calling thread ends the operation at once, without an exception: the
 * {@link FleetResult} still names every SIM, says {@link FleetResult#interrupted()}, reports a
 * write in flight as {@code AMBIGUOUS} (it is left to finish, never cut) and a write not begun as
 * {@link WriteOutcome.Status#NOT_STARTED}; the thread's interrupt flag is set again on return.
 *
 * <p>Thread-safe. Closing the fleet closes its providers.
 */
public final class SimFleet implements AutoCloseable {
  /** From this many SIMs of one provider, {@link #states} reads them from the SIM list. */
  public static final int DEFAULT_LIST_THRESHOLD = 50;

  private final Map<String, SimProvider> providers;
  private final Map<String, ProviderLimits> limits;
  private final Map<String, String> registry;
  private final List<RoutingRule> rules;
  private final int listThreshold;

  private SimFleet(Builder b) {
    this.providers = Map.copyOf(b.providers);
    this.limits = Map.copyOf(b.limits);
    this.registry = Map.copyOf(b.registry);
    this.rules = List.copyOf(b.rules);
    this.listThreshold = b.listThreshold;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the ids of the fleet's providers */
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
   * @param sim a SIM
   * @return the id of the provider that owns it
   * @throws UnknownSimException if neither the registry nor any rule names a provider for it
   */
  public String providerOf(SimRef sim) {
    return Routes.providerOf(Objects.requireNonNull(sim, "sim"), registry, rules);
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
    return read(sims, SimProvider::state, progress, ListedStates::read);
  }

  /** @param sims the SIMs @return one state per SIM, in order */
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
    return read(sims, SimProvider::usageNow, progress, null);
  }

  /** @param sims the SIMs @return one usage per SIM, in order */
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
  public FleetResult<SimResult<Optional<LastActivity>>> lastActivity(List<SimRef> sims, ProgressListener progress) {
    return read(sims, SimProvider::lastActivity, progress, null);
  }

  /** @param sims the SIMs @return one last activity per SIM, in order */
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
  public <T> FleetResult<SimResult<T>> read(List<SimRef> sims, BiFunction<SimProvider, SimRef, T> read,
      ProgressListener progress) {
    return read(sims, read, progress, null);
  }

  /**
   * Asks every provider that supports a capability, such as every provider's credit balance.
   *
   * @param capability the capability
   * @param call       what to ask each provider
   * @param <T>        the value type
   * @return one result per provider that supports it, by provider id; an error is that
   *     provider's alone
   */
  public <T> Map<String, ProviderResult<T>> acrossProviders(Capability capability, Function<SimProvider, T> call) {
    Map<String, ProviderResult<T>> out = new LinkedHashMap<>();
    List<String> ids = providers.keySet().stream().filter(id -> providers.get(id).supports(capability)).sorted()
        .toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, ids.size()), FleetThreads.named("fleet"));
    try {
      Map<String, Future<T>> futures = new LinkedHashMap<>();
      ids.forEach(id -> futures.put(id, pool.submit(() -> call.apply(providers.get(id)))));
      futures.forEach((id, f) -> out.put(id, ProviderResult.of(id, () -> await(f))));
    } finally {
      pool.shutdownNow();
    }
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

  /** @param sims the SIMs, each at most once @return one outcome per SIM, in order */
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

  /** @param sims the SIMs, each at most once @return one outcome per SIM, in order */
  public FleetResult<WriteOutcome> resume(List<SimRef> sims) {
    return resume(sims, ProgressListener.NONE);
  }

  /**
   * Runs any per-SIM write over many SIMs, such as {@code (p, s) -> p.rename(s, "pump-7")}, one
   * write at a time per provider by default; nothing is repeated.
   *
   * @param sims      the SIMs, each at most once
   * @param operation the write's name, for the outcomes of SIMs it never reached
   * @param write     the write, given the SIM's provider and the SIM
   * @param progress  told after each SIM
   * @return one outcome per SIM, in order
   */
  public FleetResult<WriteOutcome> write(List<SimRef> sims, String operation,
      java.util.function.BiConsumer<SimProvider, SimRef> write, ProgressListener progress) {
    Set<SimRef> seen = new HashSet<>();
    for (SimRef s : sims) {
      if (!seen.add(s)) {
        throw new InvalidInputException("sims", "name " + s.label() + " twice", "each SIM at most once, so that no"
            + " write is sent twice");
      }
    }
    List<SimRef> all = List.copyOf(sims);
    FanOut<Boolean> run = fanOut(all, (p, s) -> {
      write.accept(p, s);
      return Boolean.TRUE;
    }, progress, true, null);
    return new FleetResult<>(java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> run.result(i) != null
        ? WriteOutcome.of(run.result(i)) : run.started(i) ? WriteOutcome.inFlight(all.get(i), providerOf(all.get(i)),
        operation) : WriteOutcome.notStarted(all.get(i), providerOf(all.get(i)))).toList(), run.interrupted());
  }

  // ---- fan-out ----------------------------------------------------------------------------------

  private <T> FleetResult<SimResult<T>> read(List<SimRef> sims, BiFunction<SimProvider, SimRef, T> read,
      ProgressListener progress, FanOut.BulkRead<T> bulk) {
    List<SimRef> all = List.copyOf(sims);
    FanOut<T> run = fanOut(all, read, progress, false, bulk);
    return new FleetResult<>(java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> run.result(i) != null
        ? run.result(i) : SimResult.<T>failure(all.get(i), providerOf(all.get(i)), new CancellationException(
        "not read: the calling thread was interrupted before this SIM's answer arrived"))).toList(), run.interrupted());
  }

  /**
   * Routes every SIM and runs the calls. When the calling thread is interrupted, it returns at
   * once with the interrupt flag set again; SIMs without a result are then in flight or never
   * started, as the returned run tells.
   */
  private <T> FanOut<T> fanOut(List<SimRef> sims, BiFunction<SimProvider, SimRef, T> call,
      ProgressListener progress, boolean writes, FanOut.BulkRead<T> bulk) {
    FanOut<T> run = new FanOut<>(sims, progress);
    Map<String, List<Integer>> byProvider = new LinkedHashMap<>();
    for (int i = 0; i < sims.size(); i++) {
      SimRef sim = sims.get(i);
      try {
        String p = providerOf(sim);
        if (!providers.containsKey(p)) {
          throw new InvalidInputException("sim", sim.label() + " is routed to " + p + ", which is not in the fleet",
              "a provider among " + providers.keySet());
        }
        byProvider.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
      } catch (RuntimeException e) {
        run.refused(i, SimResult.failure(sim, null, e));
      }
    }
    run.run(byProvider, providers, limits, call, writes, bulk, listThreshold);
    if (run.interrupted()) {
      Thread.currentThread().interrupt();
    }
    return run;
  }

  /** Waits for one provider's answer; an interrupt leaves the flag set and that answer missing. */
  private static <T> T await(Future<T> f) {
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

  /** Closes every provider, even if one fails to close. */
  @Override
  public void close() {
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
    return "SimFleet[providers=" + new java.util.TreeSet<>(providers.keySet()) + ", registered=" + registry.size()
        + ", rules=" + rules + "]";
  }

  /** Builds a {@link SimFleet}. */
  public static final class Builder {
    private final Map<String, SimProvider> providers = new LinkedHashMap<>();
    private final Map<String, ProviderLimits> limits = new HashMap<>();
    private final Map<String, String> registry = new HashMap<>();
    private final List<RoutingRule> rules = new ArrayList<>();
    private final List<Runnable> checks = new ArrayList<>();
    private int listThreshold = DEFAULT_LIST_THRESHOLD;

    private Builder() {}

    /**
     * @param provider a configured provider, known by its {@link SimProvider#providerId()}
     * @return this builder
     */
    public Builder provider(SimProvider provider) {
      return provider(provider, ProviderLimits.DEFAULT);
    }

    /**
     * @param provider a configured provider
     * @param bounds   how many of its calls run at once
     * @return this builder
     */
    public Builder provider(SimProvider provider, ProviderLimits bounds) {
      Objects.requireNonNull(provider, "provider");
      if (providers.putIfAbsent(provider.providerId(), provider) != null) {
        throw new InvalidInputException("provider", provider.providerId() + " is added twice", "each provider once");
      }
      limits.put(provider.providerId(), Objects.requireNonNull(bounds, "bounds"));
      return this;
    }

    /**
     * @param configured providers by id, as {@link io.simbridge.core.SimProviders} builds them
     * @return this builder
     */
    public Builder providers(Map<String, SimProvider> configured) {
      configured.values().forEach(this::provider);
      return this;
    }

    /**
     * Records which provider owns a SIM, by every identifier the reference carries. The registry
     * is consulted before the rules.
     *
     * @param sim        the SIM
     * @param providerId the provider that owns it
     * @return this builder
     */
    public Builder register(SimRef sim, String providerId) {
      Objects.requireNonNull(providerId, "providerId");
      for (String key : Routes.keys(Objects.requireNonNull(sim, "sim"))) {
        String before = registry.putIfAbsent(key, providerId);
        if (before != null && !before.equals(providerId)) {
          throw new InvalidInputException("sim", sim.label() + " is registered with both " + before + " and "
              + providerId, "one provider per SIM");
        }
      }
      checks.add(() -> requireProvider(providerId, "register(" + sim.label() + ")"));
      return this;
    }

    /**
     * @param sims       SIMs the provider owns
     * @param providerId the provider
     * @return this builder
     * @see #register(SimRef, String)
     */
    public Builder registerAll(java.util.Collection<SimRef> sims, String providerId) {
      sims.forEach(s -> register(s, providerId));
      return this;
    }

    /**
     * @param rule a routing rule, tried after the registry and after the rules added before it
     * @return this builder
     */
    public Builder route(RoutingRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      checks.add(() -> requireProvider(rule.provider(), "route(" + rule + ")"));
      return this;
    }

    /**
     * @param threshold from this many SIMs of one provider, {@link SimFleet#states} reads them from
     *                  the provider's SIM list; 1 always, a very large number never
     * @return this builder
     */
    public Builder listThreshold(int threshold) {
      if (threshold < 1) {
        throw new InvalidInputException("listThreshold", String.valueOf(threshold), "1 or more");
      }
      this.listThreshold = threshold;
      return this;
    }

    private void requireProvider(String id, String where) {
      if (!providers.containsKey(id)) {
        throw new InvalidInputException("provider", "'" + id + "' in " + where + " is not in the fleet",
            providers.isEmpty() ? "add providers first" : String.join(", ", providers.keySet()));
      }
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
