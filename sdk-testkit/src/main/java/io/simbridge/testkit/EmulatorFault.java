package io.simbridge.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault an emulator injects into its answers, for tests of how clients cope. The emulator
 * first processes the request (so a write <em>is</em> applied), then damages the answer: this
 * is the situation of a write whose answer was lost.
 *
 * <pre>{@code
 * emulator.faults().inject("simStatus", EmulatorFault.connectionReset());
 * emulator.faults().injectAll(EmulatorFault.serverError(503).times(1));
 * }</pre>
 */
public final class EmulatorFault {
  /** What goes wrong. */
  public enum Kind {
    /** The answer arrives late. */
    DELAY,
    /** The connection is reset instead of answering. */
    CONNECTION_RESET,
    /** The answer is cut in half, so it is no longer valid XML, JSON or CSV. */
    MALFORMED_BODY,
    /** An HTML error page with a 5xx status, as a gateway sends. */
    SERVER_ERROR
  }

  private final Kind kind;
  private final Duration delay;
  private final int status;
  private final int times;

  private EmulatorFault(Kind kind, Duration delay, int status, int times) {
    this.kind = kind;
    this.delay = delay;
    this.status = status;
    this.times = times;
  }

  /**
   * @param delay how late
   * @return a fault delaying every answer
   */
  public static EmulatorFault delay(Duration delay) {
    return new EmulatorFault(Kind.DELAY, Objects.requireNonNull(delay, "delay"), 0, -1);
  }

  /** @return a fault resetting the connection instead of answering */
  public static EmulatorFault connectionReset() {
    return new EmulatorFault(Kind.CONNECTION_RESET, Duration.ZERO, 0, -1);
  }

  /** @return a fault cutting every answer in half */
  public static EmulatorFault malformedBody() {
    return new EmulatorFault(Kind.MALFORMED_BODY, Duration.ZERO, 0, -1);
  }

  /**
   * @param status a 5xx status
   * @return a fault answering with an HTML error page
   */
  public static EmulatorFault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("a server error status is 5xx: " + status);
    }
    return new EmulatorFault(Kind.SERVER_ERROR, Duration.ZERO, status, -1);
  }

  /**
   * @param count how many answers to damage, then stop
   * @return a limited copy of this fault
   */
  public EmulatorFault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more: " + count);
    }
    return new EmulatorFault(kind, delay, status, count);
  }

  /** @return what goes wrong */
  public Kind kind() {
    return kind;
  }

  /** @return the delay of a {@link Kind#DELAY} fault */
  public Duration delay() {
    return delay;
  }

  /** @return the status of a {@link Kind#SERVER_ERROR} fault */
  public int status() {
    return status;
  }

  /** @return how many answers it damages, or -1 for all until cleared */
  public int times() {
    return times;
  }

  @Override
  public String toString() {
    return kind
        + (kind == Kind.DELAY ? " " + delay : kind == Kind.SERVER_ERROR ? " " + status : "")
        + (times > 0 ? " x" + times : "");
  }
}
