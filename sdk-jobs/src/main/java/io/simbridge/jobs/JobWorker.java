package io.simbridge.jobs;

import io.simbridge.core.SimProvider;
import io.simbridge.fleet.SimFleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one job by this process: a thread per provider takes the provider's pending rows one
 * at a time (claim committed IN_FLIGHT, then send, then record), while a heartbeat keeps the
 * worker's leases alive so that other workers do not take its rows for lost.
 */
final class JobWorker {
  private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

  private final Journal journal;
  private final SimFleet fleet;
  private final String worker;
  private final Duration lease;
  private final AtomicBoolean stop = new AtomicBoolean();

  JobWorker(Journal journal, SimFleet fleet, String worker, Duration lease) {
    this.journal = journal;
    this.fleet = fleet;
    this.worker = worker;
    this.lease = lease;
  }

  /**
   * Runs the job's pending rows of every provider this fleet holds, until none is left, the job
   * is paused or cancelled, the database fails, or the thread is interrupted.
   */
  void run(String job, JobWrite write) {
    List<String> providers =
        journal.pendingProviders(job).stream().filter(p -> fleet.provider(p).isPresent()).toList();
    if (providers.isEmpty()) {
      return;
    }
    ScheduledExecutorService heartbeat =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "jobs-heartbeat"));
    long period = Math.max(1, lease.toMillis() / 3);
    ScheduledFuture<?> renewal =
        heartbeat.scheduleAtFixedRate(
            () -> {
              try {
                journal.heartbeat(worker, lease.toMillis());
              } catch (RuntimeException e) {
                // The database is away: the worker's next statement fails too, and stops it.
                LOG.debug("lease renewal failed: {}", e.getMessage());
              }
            },
            period,
            period,
            TimeUnit.MILLISECONDS);
    ExecutorService pool =
        Executors.newFixedThreadPool(providers.size(), r -> daemon(r, "jobs-" + job));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (String p : providers) {
        running.add(pool.submit(() -> drain(job, write, p, fleet.provider(p).orElseThrow())));
      }
      RuntimeException failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          stop.set(true);
          RuntimeException cause =
              e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          // Stop taking rows; the calls in flight are interrupted and get their outcome recorded.
          stop.set(true);
          pool.shutdownNow();
          awaitQuietly(pool);
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
      renewal.cancel(true);
      heartbeat.shutdownNow();
    }
  }

  private void drain(String job, JobWrite write, String providerId, SimProvider provider) {
    Optional<Journal.Claim> claim = journal.claim(job, providerId, worker, lease.toMillis());
    while (claim.isPresent()) {
      int seq = claim.get().seq();
      Outcome outcome = send(write, provider, claim.get());
      boolean last = stop.get() || Thread.currentThread().isInterrupted() || outcome.unexpected();
      try {
        if (last) {
          journal.finish(job, seq, worker, outcome);
          claim = Optional.empty();
        } else {
          claim = journal.finishAndClaim(job, seq, outcome, providerId, worker, lease.toMillis());
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "job {}: the outcome {} of row {} could not be recorded; the row reads IN_FLIGHT and turns"
                + " AMBIGUOUS when the job is resumed",
            job,
            outcome.state(),
            seq);
        throw e;
      }
      if (outcome.unexpected()) {
        throw new IllegalStateException(
            "job "
                + job
                + " stopped for "
                + providerId
                + " on an unexpected "
                + outcome.errorType()
                + ": "
                + outcome.error());
      }
    }
  }

  static Outcome send(JobWrite write, SimProvider provider, Journal.Claim claim) {
    try {
      write.sendTo(provider, claim.sim());
      return Outcome.DONE;
    } catch (RuntimeException e) {
      return Outcome.of(e);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
