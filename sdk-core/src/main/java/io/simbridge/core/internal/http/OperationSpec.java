package io.simbridge.core.internal.http;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;
import java.util.Objects;

/**
 * One provider operation as the transport needs to know it, declared once per operation: its
 * name, whether repeating it is safe, and the provider's documented minimum interval between two
 * calls (zero when there is none).
 *
 * @param name          the provider's operation name, used in logs, errors and call limits
 * @param safeToRepeat  {@code true} for reads; {@code false} for writes, which are never sent
 *                      twice unless the first attempt provably never left the client
 * @param minInterval   the documented minimum time between two calls, zero for none
 * @param limitGroup    calls sharing a group share one call-limit lane (defaults to the name)
 * @param streamed      whether its answer is read as a stream (a large report): the call timeout
 *                      covers it up to its handler's checked header line, then only the read
 *                      timeout between bytes
 */
public record OperationSpec(
    String name, boolean safeToRepeat, Duration minInterval, String limitGroup, boolean streamed) {

  /** Validates the record. */
  public OperationSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(minInterval, "minInterval");
    Objects.requireNonNull(limitGroup, "limitGroup");
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval is negative: " + minInterval);
    }
  }

  /**
   * The spec of a documented operation, declared once in its provider's operation enum: its wire
   * name, whether it is a write, and its documented interval.
   *
   * @param operation the operation
   * @return its spec, in a call-limit lane of its own
   */
  public static OperationSpec of(ProviderOperation operation) {
    String name = operation.wireName();
    return new OperationSpec(
        name, !operation.isWrite(), operation.documentedInterval(), name, false);
  }

  /** @param name the operation @return a read: safe to repeat, no call limit */
  public static OperationSpec read(String name) {
    return new OperationSpec(name, true, Duration.ZERO, name, false);
  }

  /** @param name the operation @return a write: never repeated once it may have been sent */
  public static OperationSpec write(String name) {
    return new OperationSpec(name, false, Duration.ZERO, name, false);
  }

  /** @param interval the documented minimum interval @return a copy with that call limit */
  public OperationSpec withMinInterval(Duration interval) {
    return new OperationSpec(name, safeToRepeat, interval, limitGroup, streamed);
  }

  /** @param group a lane shared with other operations @return a copy in that call-limit lane */
  public OperationSpec withLimitGroup(String group) {
    return new OperationSpec(name, safeToRepeat, minInterval, group, streamed);
  }

  /**
   * @return a copy whose answer is streamed: the call timeout ends once the handler has checked
   *     the header line (a large report may take minutes to read), the read timeout still bounding
   *     every silence
   */
  public OperationSpec asStreamed() {
    return new OperationSpec(name, safeToRepeat, minInterval, limitGroup, true);
  }
}
