package io.simbridge.fleet;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * The fleet's threads, created once per fleet: the user's {@link Executor}, or else one pool of
 * the fleet's own, shut down with the fleet. Each provider has a read lane and a write lane that
 * run at most {@link ProviderLimits#reads()} or {@link ProviderLimits#writes()} tasks at once,
 * across every operation of the fleet, whatever executor runs them: a lane hands a task over only
 * when it has a free slot, so no thread ever blocks waiting for one. Each task runs with the MDC
 * of the thread that submitted it.
 */
final class FleetExecutor implements AutoCloseable {
  /** A unit of work; told instead of run when the executor refuses it. */
  interface Task extends Runnable {
    /**
     * @param e why the executor refused the task (it was shut down, or is full)
     */
    void rejected(RejectedExecutionException e);
  }

  private final Executor executor;
  private final ExecutorService owned;
  private final Map<String, Lane> reads = new HashMap<>();
  private final Map<String, Lane> writes = new HashMap<>();

  /**
   * @param user   the user's executor, or {@code null} for a pool of the fleet's own
   * @param limits the bounds, by provider id
   */
  FleetExecutor(Executor user, Map<String, ProviderLimits> limits) {
    if (user == null) {
      // Never more threads than the lanes can use at once; idle threads end after a minute.
      int size = Math.max(1, limits.values().stream().mapToInt(l -> l.reads() + l.writes()).sum());
      AtomicInteger n = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              size,
              size,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, "simbridge-fleet-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      this.owned = pool;
      this.executor = pool;
    } else {
      this.owned = null;
      this.executor = user;
    }
    limits.forEach(
        (id, l) -> {
          reads.put(id, new Lane(l.reads()));
          writes.put(id, new Lane(l.writes()));
        });
  }

  /**
   * @param providerId a provider of the fleet
   * @return the lane of its reads
   */
  Lane reads(String providerId) {
    return reads.get(providerId);
  }

  /**
   * @param providerId a provider of the fleet
   * @return the lane of its writes
   */
  Lane writes(String providerId) {
    return writes.get(providerId);
  }

  /**
   * Shuts the fleet's own pool down, letting tasks already running finish; the user's executor
   * is left alone. Tasks handed over later are refused.
   */
  @Override
  public void close() {
    if (owned != null) {
      owned.shutdown();
    }
  }

  /** At most {@code bound} tasks running at once; the others wait in order, holding no thread. */
  final class Lane {
    private final int bound;
    private final ArrayDeque<Task> queue = new ArrayDeque<>();
    private int running;
    private boolean draining;

    private Lane(int bound) {
      this.bound = bound;
    }

    /**
     * Queues a task, to run with the caller's MDC once a slot is free.
     *
     * @param task the task
     */
    void submit(Task task) {
      Map<String, String> mdc = MDC.getCopyOfContextMap();
      synchronized (this) {
        queue.add(
            new Task() {
              @Override
              public void run() {
                Map<String, String> before = MDC.getCopyOfContextMap();
                set(mdc);
                try {
                  task.run();
                } finally {
                  set(before);
                }
              }

              @Override
              public void rejected(RejectedExecutionException e) {
                task.rejected(e);
              }
            });
      }
      drain();
    }

    /**
     * Hands queued tasks over while slots are free. Only one thread drains at a time, so an
     * executor that runs tasks on the calling thread runs them one after another, not nested.
     */
    private void drain() {
      synchronized (this) {
        if (draining) {
          return;
        }
        draining = true;
      }
      while (true) {
        Task next;
        synchronized (this) {
          if (running >= bound || queue.isEmpty()) {
            draining = false;
            return;
          }
          next = queue.poll();
          running++;
        }
        try {
          executor.execute(
              () -> {
                try {
                  next.run();
                } finally {
                  release();
                }
              });
        } catch (RejectedExecutionException e) {
          synchronized (this) {
            running--;
          }
          next.rejected(e);
        }
      }
    }

    private void release() {
      synchronized (this) {
        running--;
      }
      drain();
    }
  }

  private static void set(Map<String, String> mdc) {
    if (mdc == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(mdc);
    }
  }
}
