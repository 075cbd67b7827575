package io.simbridge.fleet;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * One fleet-wide run: one coordinator per provider runs its bulk read, then hands per-SIM calls
 * to the provider's own pool, sized by its limits; coordinators never occupy a call slot.
 *
 * <p>The caller waits for every SIM, or until its thread is interrupted. Each SIM's call moves
 * from pending to started exactly once, and the interrupted caller takes every pending SIM out of
 * the run before it stops the pools: a SIM is then either finished, in flight (started, never
 * cut: writes keep running to their end, reads are interrupted), or never started.
 *
 * @param <T> the value type of one call
 */
final class FanOut<T> {
  private static final int PENDING = 0;
  private static final int STARTED = 1;
  private static final int WITHDRAWN = 2;

  /** Reads some of a provider's SIMs at once (its SIM list), filling their results. */
  interface BulkRead<T> {
    /**
     * @param provider the provider
     * @param indices  positions of its SIMs in {@code sims}
     * @param sims     every SIM of the run
     * @param into     receives a result for each SIM read, by position
     */
    void read(SimProvider provider, List<Integer> indices, List<SimRef> sims, Map<Integer, SimResult<T>> into);
  }

  private final List<SimRef> sims;
  private final Map<Integer, SimResult<T>> results = new ConcurrentHashMap<>();
  private final AtomicIntegerArray state;
  private final Progress progress;
  private final AtomicReference<Error> fatal = new AtomicReference<>();
  private CountDownLatch finished;
  private boolean interrupted;

  FanOut(List<SimRef> sims, ProgressListener listener) {
    this.sims = sims;
    this.state = new AtomicIntegerArray(sims.size());
    this.progress = new Progress(sims.size(), listener);
  }

  /** Records the result of a SIM that never reached a provider (it could not be routed). */
  void refused(int index, SimResult<T> result) {
    state.set(index, STARTED);
    results.put(index, result);
    progress.step();
  }

  /**
   * Runs the calls and waits for them, or for an interrupt of the calling thread.
   *
   * @param byProvider positions of the routed SIMs, by provider id
   * @param providers  the providers, by id
   * @param limits     the bounds, by provider id
   * @param call       the per-SIM call
   * @param writes     whether the calls are writes (bounded by {@link ProviderLimits#writes()})
   * @param bulk       reads many SIMs of a provider at once, or {@code null}
   * @param threshold  from how many SIMs of a provider {@code bulk} is used
   */
  void run(Map<String, List<Integer>> byProvider, Map<String, SimProvider> providers,
      Map<String, ProviderLimits> limits, BiFunction<SimProvider, SimRef, T> call, boolean writes, BulkRead<T> bulk,
      int threshold) {
    finished = new CountDownLatch(byProvider.values().stream().mapToInt(List::size).sum());
    List<ExecutorService> pools = new ArrayList<>();
    ExecutorService coordinators = Executors.newFixedThreadPool(Math.max(1, byProvider.size()),
        FleetThreads.named("fleet"));
    try {
      for (Map.Entry<String, List<Integer>> group : byProvider.entrySet()) {
        String id = group.getKey();
        SimProvider provider = providers.get(id);
        ProviderLimits bound = limits.getOrDefault(id, ProviderLimits.DEFAULT);
        List<Integer> indices = group.getValue();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(writes ? bound.writes() : bound.reads(),
            indices.size()), FleetThreads.named("fleet-" + id));
        pools.add(pool);
        coordinators.execute(() -> guarded(() -> {
          List<Integer> remaining = indices;
          if (bulk != null && indices.size() >= threshold && provider.supports(Capability.LIST_SIMS)) {
            remaining = bulkRead(bulk, provider, indices);
          }
          for (Integer i : remaining) {
            pool.execute(() -> guarded(() -> callOne(i, id, provider, call)));
          }
        }));
      }
      finished.await();
    } catch (InterruptedException e) {
      interrupted = true;
      for (int i = 0; i < state.length(); i++) {
        state.compareAndSet(i, PENDING, WITHDRAWN);
      }
    } catch (RejectedExecutionException e) {
      // A pool stopped by an interrupt: its SIMs are withdrawn or in flight, reported as such.
    } finally {
      progress.close();
      coordinators.shutdownNow();
      // A write in flight is never cut, so that it ends as the provider sees it; a read may be.
      pools.forEach(writes ? ExecutorService::shutdown : ExecutorService::shutdownNow);
    }
    Error e = fatal.get();
    if (e != null) {
      throw e;
    }
  }

  private List<Integer> bulkRead(BulkRead<T> bulk, SimProvider provider, List<Integer> indices) {
    List<Integer> claimed = indices.stream().filter(i -> state.compareAndSet(i, PENDING, STARTED)).toList();
    Map<Integer, SimResult<T>> listed = new ConcurrentHashMap<>();
    bulk.read(provider, claimed, sims, listed);
    listed.forEach((i, r) -> finish(i, r));
    // The SIMs the list did not bring go back to pending, to be read one by one.
    List<Integer> rest = claimed.stream().filter(i -> !listed.containsKey(i)).toList();
    rest.forEach(i -> state.compareAndSet(i, STARTED, PENDING));
    return rest;
  }

  private void callOne(int i, String id, SimProvider provider, BiFunction<SimProvider, SimRef, T> call) {
    if (!state.compareAndSet(i, PENDING, STARTED)) {
      return;
    }
    SimRef sim = sims.get(i);
    SimResult<T> result;
    try {
      result = SimResult.success(sim, id, call.apply(provider, sim));
    } catch (RuntimeException e) {
      result = SimResult.failure(sim, id, e);
    }
    finish(i, result);
  }

  private void finish(int i, SimResult<T> result) {
    results.put(i, result);
    progress.step();
    finished.countDown();
  }

  /** Keeps an {@link Error} for the caller, and releases it so that it never waits for ever. */
  private void guarded(Runnable task) {
    try {
      task.run();
    } catch (RejectedExecutionException e) {
      // The caller was interrupted and stopped the pools; what was not handed out is withdrawn.
    } catch (Error e) {
      fatal.compareAndSet(null, e);
      while (finished.getCount() > 0) {
        finished.countDown();
      }
    }
  }

  /** @return whether the caller was interrupted before every SIM finished */
  boolean interrupted() {
    return interrupted;
  }

  /**
   * @param index a SIM's position
   * @return its result, or {@code null} when it had not finished when the caller stopped waiting
   */
  SimResult<T> result(int index) {
    return results.get(index);
  }

  /**
   * @param index a SIM's position
   * @return whether its call began (and so may have reached the provider)
   */
  boolean started(int index) {
    return state.get(index) == STARTED;
  }
}
