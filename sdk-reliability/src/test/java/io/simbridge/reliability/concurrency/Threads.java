package io.simbridge.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on each of {@code n} threads, all started together, in phases separated by a
 * barrier at which the test may act alone (advance a clock past an expiry), and collects every
 * failure instead of losing it in a worker thread.
 */
final class Threads {
  /** One thread's work in one phase. */
  @FunctionalInterface
  interface Work {
    /**
     * @param thread the thread's number, from 0
     * @param phase  the phase, from 0
     */
    void run(int thread, int phase) throws Exception;
  }

  private Threads() {}

  /**
   * @param threads     how many threads
   * @param phases      how many phases
   * @param work        what each thread does in each phase
   * @param betweenPhases run alone after each phase but the last, while every thread waits
   */
  static void run(int threads, int phases, Work work, Runnable betweenPhases) throws Exception {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CyclicBarrier start = new CyclicBarrier(threads);
    java.util.concurrent.atomic.AtomicInteger ended =
        new java.util.concurrent.atomic.AtomicInteger();
    CyclicBarrier end =
        new CyclicBarrier(
            threads,
            () -> {
              if (ended.incrementAndGet() < phases) {
                betweenPhases.run();
              }
            });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int phase = 0; phase < phases; phase++) {
                    start.await(60, TimeUnit.SECONDS);
                    try {
                      work.run(thread, phase);
                    } catch (Throwable e) {
                      failures.add(
                          new AssertionError(
                              "thread " + thread + ", phase " + phase + ": " + e, e));
                    }
                    end.await(120, TimeUnit.SECONDS);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(300, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures).as("failures in worker threads").isEmpty();
  }
}
