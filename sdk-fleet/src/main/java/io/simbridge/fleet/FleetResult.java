package io.simbridge.fleet;

import io.simbridge.core.internal.text.ToString;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results of a fleet-wide operation, one per SIM, in the order the SIMs were given.
 *
 * <p>An operation whose calling thread is interrupted returns at once, normally, with
 * {@code interrupted} set and the thread's interrupt flag set again: it still names every SIM.
 * For a write, each SIM is {@link WriteOutcome.Status#DONE}, {@code FAILED}, {@code AMBIGUOUS}
 * (including the writes in flight at the interrupt, which are left to finish but not awaited) or
 * {@link WriteOutcome.Status#NOT_STARTED}; for a read, a SIM not read yet holds a
 * {@link java.util.concurrent.CancellationException}.
 *
 * @param results     one result per SIM
 * @param interrupted whether the calling thread was interrupted before every SIM finished
 * @param <R>         the result type ({@link SimResult} or {@link WriteOutcome})
 */
public record FleetResult<R>(List<R> results, boolean interrupted) {

  /**
   * Freezes the record.
   *
   * @param results     one result per SIM, copied
   * @param interrupted whether the calling thread was interrupted before every SIM finished
   */
  public FleetResult {
    results = List.copyOf(results);
  }

  /**
   * A result of a run that was not interrupted.
   *
   * @param results one result per SIM
   */
  public FleetResult(List<R> results) {
    this(results, false);
  }

  /**
   * @return the results as a stream
   */
  public Stream<R> stream() {
    return results.stream();
  }

  /**
   * @return the number of results
   */
  public int size() {
    return results.size();
  }

  /**
   * @param which a condition on one result
   * @return the results that meet it
   */
  public List<R> where(Predicate<? super R> which) {
    return results.stream().filter(which).toList();
  }

  /**
   * @param key names a group for each result, such as its provider or status
   * @param <K> the group type
   * @return how many results fall in each group
   */
  public <K> Map<K, Long> countBy(java.util.function.Function<? super R, ? extends K> key) {
    return results.stream()
        .collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.counting()));
  }

  @Override
  public String toString() {
    return ToString.of(this);
  }
}
