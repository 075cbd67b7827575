package io.simbridge.fleet;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * One fleet-wide run over the fleet's {@link FleetExecutor}: a read ({@link #read}, with a
 * {@link BulkRead} strategy) or a write ({@link #write}), each SIM's call queued in its provider's
 * read or write lane. The caller waits for every SIM,
 * or until its thread is interrupted.
 *
 * <p>Each SIM's call moves from pending to started exactly once, and the interrupted caller takes
 * every pending SIM out of the run before it returns: a SIM is then finished, in flight (started:
 * a write is left to run to its end, a read is interrupted), or never started.
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
     * @param provider a provider
     * @param sims     how many of its SIMs are asked for
     * @return whether to read them with {@link #read} first
     */
    boolean appliesTo(SimProvider provider, int sims);

    /**
     * @param provider the provider
     * @param indices  positions of its SIMs in {@code sims}
     * @param sims     every SIM of the run
     * @param into     receives a result for each SIM read, by position
     */
    void read(
        SimProvider provider,
        List<Integer> indices,
        List<SimRef> sims,
        Map<Integer, SimResult<T>> into);

    /**
     * @param <T> the value type
     * @return a strategy that reads every SIM on its own
     */
    static <T> BulkRead<T> none() {
      return new BulkRead<>() {
        @Override
        public boolean appliesTo(SimProvider provider, int sims) {
          return false;
        }

        @Override
        public void read(
            SimProvider p, List<Integer> i, List<SimRef> s, Map<Integer, SimResult<T>> into) {}
      };
    }
  }

  private final FleetPlan plan;
  private final List<SimRef> sims;
  private final Map<Integer, SimResult<T>> results = new ConcurrentHashMap<>();
  private final AtomicIntegerArray state;
  private final Progress progress;
  private final AtomicReference<Error> fatal = new AtomicReference<>();
  private final CountDownLatch finished;
  // Threads running this run's reads, interrupted when the caller is; guarded by this.
  private final Set<Thread> reading = new HashSet<>();
  private boolean cut;
  private volatile boolean withdrawn;
  private boolean interrupted;

  /**
   * @param plan     where each SIM goes
   * @param progress told of each finished SIM
   */
  FanOut(FleetPlan plan, Progress progress) {
    this.plan = plan;
    this.sims = plan.sims();
    this.state = new AtomicIntegerArray(sims.size());
    this.progress = progress;
    this.finished =
        new CountDownLatch(plan.byProvider().values().stream().mapToInt(List::size).sum());
    plan.refused()
        .forEach(
            (i, e) -> {
              state.set(i, STARTED);
              results.put(i, SimResult.failure(sims.get(i), null, e));
              progress.step(null);
            });
  }

  /**
   * Reads every routed SIM, a provider's SIMs first through {@code bulk} where it applies.
   *
   * @param executor the fleet's lanes
   * @param call     the per-SIM read
   * @param bulk     reads many SIMs of a provider at once
   * @return one result per SIM, in order
   */
  FleetResult<SimResult<T>> read(
      FleetExecutor executor, BiFunction<SimProvider, SimRef, T> call, BulkRead<T> bulk) {
    run(
        (id, indices) -> {
          FleetExecutor.Lane lane = executor.reads(id);
          SimProvider provider = plan.provider(id);
          if (bulk.appliesTo(provider, indices.size())) {
            lane.submit(task(() -> bulkRead(bulk, lane, provider, indices, call), indices, id));
          } else {
            indices.forEach(
                i -> lane.submit(task(() -> callOne(i, provider, call, true), List.of(i), id)));
          }
        });
    return new FleetResult<>(
        IntStream.range(0, sims.size())
            .mapToObj(
                i ->
                    results.containsKey(i)
                        ? results.get(i)
                        : SimResult.<T>failure(
                            sims.get(i),
                            plan.providerAt(i),
                            new CancellationException(
                                "not read: the calling thread was interrupted before this SIM's answer arrived")))
            .toList(),
        interrupted);
  }

  /**
   * Writes to every routed SIM; a write is never cut once started.
   *
   * @param executor  the fleet's lanes
   * @param call      the per-SIM write
   * @param operation the write's name, for ambiguous outcomes
   * @return one outcome per SIM, in order
   */
  FleetResult<WriteOutcome> write(
      FleetExecutor executor, BiFunction<SimProvider, SimRef, T> call, String operation) {
    run(
        (id, indices) -> {
          FleetExecutor.Lane lane = executor.writes(id);
          SimProvider provider = plan.provider(id);
          indices.forEach(
              i -> lane.submit(task(() -> callOne(i, provider, call, false), List.of(i), id)));
        });
    return new FleetResult<>(
        IntStream.range(0, sims.size())
            .mapToObj(
                i ->
                    results.containsKey(i)
                        ? WriteOutcome.of(results.get(i))
                        : state.get(i) == STARTED
                            ? WriteOutcome.inFlight(sims.get(i), plan.providerAt(i), operation)
                            : WriteOutcome.notStarted(sims.get(i), plan.providerAt(i)))
            .toList(),
        interrupted);
  }

  /**
   * Queues each provider's SIMs and waits; an interrupt returns at once with the flag set again.
   *
   * @param enqueue queues the calls of one provider's SIMs, given its id and their positions
   */
  private void run(BiConsumer<String, List<Integer>> enqueue) {
    try {
      plan.byProvider().forEach(enqueue);
      finished.await();
    } catch (InterruptedException e) {
      interrupted = true;
      withdrawn = true;
      for (int i = 0; i < state.length(); i++) {
        state.compareAndSet(i, PENDING, WITHDRAWN);
      }
      synchronized (this) {
        cut = true;
        reading.forEach(Thread::interrupt);
      }
      Thread.currentThread().interrupt();
    } finally {
      progress.close();
    }
    Error e = fatal.get();
    if (e != null) {
      throw e;
    }
  }

  private void bulkRead(
      BulkRead<T> bulk,
      FleetExecutor.Lane lane,
      SimProvider provider,
      List<Integer> indices,
      BiFunction<SimProvider, SimRef, T> call) {
    List<Integer> claimed =
        indices.stream().filter(i -> state.compareAndSet(i, PENDING, STARTED)).toList();
    Map<Integer, SimResult<T>> listed = new ConcurrentHashMap<>();
    if (enter()) {
      try {
        bulk.read(provider, claimed, sims, listed);
      } finally {
        exit();
      }
    }
    listed.forEach(this::finish);
    // The SIMs the list did not bring go back to pending, to be read one by one, unless the
    // caller has stopped waiting.
    for (Integer i : claimed) {
      if (!listed.containsKey(i)
          && state.compareAndSet(i, STARTED, PENDING)
          && !(withdrawn && state.compareAndSet(i, PENDING, WITHDRAWN))) {
        lane.submit(
            task(() -> callOne(i, provider, call, true), List.of(i), provider.providerId()));
      }
    }
  }

  private void callOne(
      int i, SimProvider provider, BiFunction<SimProvider, SimRef, T> call, boolean read) {
    if (!state.compareAndSet(i, PENDING, STARTED) || (read && !enter())) {
      return;
    }
    SimRef sim = sims.get(i);
    SimResult<T> result;
    try {
      result = SimResult.success(sim, provider.providerId(), call.apply(provider, sim));
    } catch (RuntimeException e) {
      result = SimResult.failure(sim, provider.providerId(), e);
    } finally {
      if (read) {
        exit();
      }
    }
    finish(i, result);
  }

  /**
   * @return whether the current thread may start a read: the caller still waits
   */
  private synchronized boolean enter() {
    if (cut) {
      return false;
    }
    reading.add(Thread.currentThread());
    return true;
  }

  /** Clears an interrupt this run may have sent, so the thread goes back to its pool clean. */
  private synchronized void exit() {
    reading.remove(Thread.currentThread());
    if (cut) {
      Thread.interrupted();
    }
  }

  private void finish(int i, SimResult<T> result) {
    results.put(i, result);
    progress.step(plan.providerAt(i));
    finished.countDown();
  }

  /**
   * A task that keeps an {@link Error} for the caller (releasing it so that it never waits for
   * ever) and, when the executor refuses it, gives its pending SIMs that refusal as their result.
   */
  private FleetExecutor.Task task(Runnable body, List<Integer> indices, String providerId) {
    return new FleetExecutor.Task() {
      @Override
      public void run() {
        try {
          body.run();
        } catch (Error e) {
          fatal.compareAndSet(null, e);
          while (finished.getCount() > 0) {
            finished.countDown();
          }
        }
      }

      @Override
      public void rejected(RejectedExecutionException e) {
        for (Integer i : indices) {
          if (state.compareAndSet(i, PENDING, STARTED)) {
            finish(i, SimResult.failure(sims.get(i), providerId, e));
          }
        }
      }
    };
  }
}
