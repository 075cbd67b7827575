package io.simbridge.core.internal.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Watches one call in flight from a shared daemon thread. OkHttp's blocking {@code execute()}
 * ignores interrupts (a socket read is not interruptible) and a streamed call has no OkHttp call
 * timeout (its body is read long after), so this cancels the call when its thread is interrupted
 * (checked every {@value #POLL_MS} ms) or, for a streamed call, when the deadline for its checked
 * header line passes. Closing the watch ends both.
 */
final class CallWatch implements AutoCloseable {
  private static final long POLL_MS = 20;
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Call call;
  private final Thread thread = Thread.currentThread();
  private final ScheduledFuture<?> poll;
  private final ScheduledFuture<?> deadline;
  private volatile boolean interrupted;
  private volatile boolean timedOut;

  private CallWatch(Call call, Duration timeout) {
    this.call = call;
    if (thread.isInterrupted()) {
      interrupted = true;
      call.cancel();
    }
    this.poll = TIMER.scheduleWithFixedDelay(() -> {
      if (thread.isInterrupted()) {
        interrupted = true;
        call.cancel();
      }
    }, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    this.deadline = timeout == null ? null : TIMER.schedule(() -> {
      timedOut = true;
      call.cancel();
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
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
    poll.cancel(false);
    if (deadline != null) {
      deadline.cancel(false);
    }
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
      Thread th = new Thread(r, "simbridge-call-watch");
      th.setDaemon(true);
      return th;
    });
    t.setRemoveOnCancelPolicy(true);
    return t;
  }
}
