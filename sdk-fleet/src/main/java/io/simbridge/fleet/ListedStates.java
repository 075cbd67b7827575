package io.simbridge.fleet;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * States read from a provider's SIM list, one call per page instead of one per SIM: used when the
 * provider can list SIMs and at least a threshold of its SIMs are asked for.
 */
final class ListedStates implements FanOut.BulkRead<SimStatus> {
  private final int threshold;

  /**
   * @param threshold from this many SIMs of one provider, their states are read from its list
   */
  ListedStates(int threshold) {
    this.threshold = threshold;
  }

  @Override
  public boolean appliesTo(SimProvider provider, int sims) {
    return sims >= threshold && provider.supports(Capability.LIST_SIMS);
  }

  /**
   * Lists the provider's SIMs until every asked SIM was seen. A list that fails part-way, or
   * repeats a page (the pager's {@link io.simbridge.core.error.MalformedResponseException}), ends
   * here: the SIMs not yet seen are left to be read one by one, so nothing is lost.
   */
  @Override
  public void read(
      SimProvider provider,
      List<Integer> indices,
      List<SimRef> sims,
      Map<Integer, SimResult<SimStatus>> into) {
    Map<String, List<Integer>> wanted = new HashMap<>();
    for (Integer i : indices) {
      SimRouter.keys(sims.get(i))
          .forEach(k -> wanted.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
    }
    Set<Integer> missing = new HashSet<>(indices);
    try {
      var it = provider.listSims(SimFilter.ALL).iterator();
      while (!missing.isEmpty() && it.hasNext()) {
        SimSummary summary = it.next();
        for (String k : SimRouter.keys(summary.sim())) {
          for (Integer i : wanted.getOrDefault(k, List.of())) {
            if (missing.remove(i)) {
              into.put(i, SimResult.success(sims.get(i), provider.providerId(), summary.status()));
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // Left to the per-SIM reads, as said above.
    }
  }
}
