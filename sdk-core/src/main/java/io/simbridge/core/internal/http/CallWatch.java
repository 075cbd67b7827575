package io.simbridge.core.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Watches one call in flight from a shared daemon thread. OkHttp's blocking {@code execute()}
 * ignores interrupts (a socket read is not interruptible) and a streamed call has no OkHttp call
 * timeout (its body is read long after), so this cancels the call when its thread is interrupted
 * or, for a streamed call, when the deadline for its checked header line passes. Both are checked
 * every {@value #POLL_MS} ms, so either takes effect within that much. Closing the watch ends both.
 *
 * <p>Starting and closing a watch only adds to and removes from a concurrent set: the watcher
 * thread scans the set on its own beat and sleeps while it is empty. (Scheduling a task per call
 * on a {@code ScheduledThreadPoolExecutor} woke its thread on every call: 8% of the calling
 * thread's CPU on a 150 µs call, plus the wake-up itself; docs/performance.md.)
 */
final class CallWatch implements AutoCloseable {
  private static final long POLL_MS = 20;
  private static final Set<CallWatch> WATCHED = ConcurrentHashMap.newKeySet();
  // Set by the watcher just before it parks for an empty set: a new watch then wakes it.
  private static volatile boolean idle;
  private static final Thread WATCHER = watcher();

  private final Call call;
  private final Thread thread = Thread.currentThread();
  private final long deadline;
  private volatile boolean interrupted;
  private volatile boolean timedOut;
  // The watcher's scan may still hold a watch closed meanwhile: a closed watch cancels nothing (a
  // streamed body is read after the close).
  private volatile boolean closed;

  private CallWatch(Call call, Duration timeout) {
    this.call = call;
    this.deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    if (thread.isInterrupted()) {
      interrupted = true;
      call.cancel();
    }
    WATCHED.add(this);
    if (idle) {
      // At most once per poll interval on a busy client: the watcher stays awake while calls run.
      LockSupport.unpark(WATCHER);
    }
  }

  /**
   * @param call    the call about to be executed on this thread
   * @param timeout the deadline from now, {@code null} when OkHttp's call timeout applies
   * @return the watch; close it once the answer's header line is checked
   */
  static CallWatch start(Call call, Duration timeout) {
    return new CallWatch(call, timeout);
  }

  /** @return why the watch cancelled the call, or {@code null} if it did not */
  String cancelledBecause() {
    if (interrupted) {
      return "the calling thread was interrupted";
    }
    return timedOut ? "no checked answer within the call timeout" : null;
  }

  /** @return whether the call was cancelled because its thread was interrupted */
  boolean interrupted() {
    return interrupted;
  }

  @Override
  public void close() {
    closed = true;
    WATCHED.remove(this);
  }

  private void check(long now) {
    if (closed || interrupted || timedOut) {
      return;
    }
    if (thread.isInterrupted()) {
      interrupted = true;
      call.cancel();
    } else if (now - deadline >= 0) {
      timedOut = true;
      call.cancel();
    }
  }

  private static Thread watcher() {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                // idle is written before the set is read, and a new watch is added before idle is
                // read:
                // either the watcher sees the watch, or the watch sees the watcher idle and wakes
                // it.
                idle = true;
                if (WATCHED.isEmpty()) {
                  LockSupport.park(WATCHED);
                }
                idle = false;
                LockSupport.parkNanos(WATCHED, TimeUnit.MILLISECONDS.toNanos(POLL_MS));
                long now = System.nanoTime();
                for (CallWatch w : WATCHED) {
                  try {
                    w.check(now);
                  } catch (RuntimeException e) {
                    // One call's failed cancel must not stop the watch of all the others.
                  }
                }
              }
            },
            "simbridge-call-watch");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
