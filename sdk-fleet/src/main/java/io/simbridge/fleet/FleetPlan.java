package io.simbridge.fleet;

import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each SIM of a run goes, decided before any call: the positions of each provider's SIMs,
 * and the error of each SIM that cannot be routed to a provider of the fleet.
 */
final class FleetPlan {
  private final List<SimRef> sims;
  private final Map<String, List<Integer>> byProvider = new LinkedHashMap<>();
  private final Map<Integer, RuntimeException> refused = new HashMap<>();
  private final Map<String, SimProvider> providers;
  private final String[] routes;

  private FleetPlan(List<SimRef> sims, Map<String, SimProvider> providers) {
    this.sims = List.copyOf(sims);
    this.providers = providers;
    this.routes = new String[this.sims.size()];
  }

  /**
   * @param sims      the SIMs
   * @param router    the fleet's router
   * @param providers the fleet's providers, by id
   * @return the plan
   */
  static FleetPlan of(List<SimRef> sims, SimRouter router, Map<String, SimProvider> providers) {
    FleetPlan plan = new FleetPlan(sims, providers);
    for (int i = 0; i < plan.sims.size(); i++) {
      SimRef sim = plan.sims.get(i);
      try {
        String p = router.providerOf(sim);
        if (!providers.containsKey(p)) {
          throw new InvalidInputException(
              "sim",
              router.label(sim) + " is routed to " + p + ", which is not in the" + " fleet",
              "a provider among " + providers.keySet());
        }
        plan.byProvider.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        plan.routes[i] = p;
      } catch (RuntimeException e) {
        plan.refused.put(i, e);
      }
    }
    return plan;
  }

  /**
   * @return every SIM of the run, in order
   */
  List<SimRef> sims() {
    return sims;
  }

  /**
   * @return positions of the routed SIMs, by provider id
   */
  Map<String, List<Integer>> byProvider() {
    return byProvider;
  }

  /**
   * @return the error of each SIM that is not routed, by position
   */
  Map<Integer, RuntimeException> refused() {
    return refused;
  }

  /**
   * @return how many SIMs go to each provider
   */
  Map<String, Integer> totals() {
    Map<String, Integer> totals = new HashMap<>();
    byProvider.forEach((id, indices) -> totals.put(id, indices.size()));
    return totals;
  }

  /**
   * @param id a provider id of the plan
   * @return that provider
   */
  SimProvider provider(String id) {
    return providers.get(id);
  }

  /**
   * @param index a SIM's position
   * @return the provider it is routed to, or {@code null} if it is not routed
   */
  String providerAt(int index) {
    return routes[index];
  }
}
