package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the fleet finds a SIM's provider: the registry by every identifier, then the rules in order. */
final class Routes {
  private Routes() {}

  static String providerOf(SimRef sim, Map<String, String> registry, List<RoutingRule> rules) {
    String registered = null;
    for (String key : keys(sim)) {
      String p = registry.get(key);
      if (p != null && registered != null && !p.equals(registered)) {
        throw new InvalidInputException("sim", sim.label() + " is registered with both " + registered + " and " + p,
            "one provider per SIM");
      }
      registered = p == null ? registered : p;
    }
    if (registered != null) {
      return registered;
    }
    for (RoutingRule rule : rules) {
      Optional<String> p = rule.match(sim);
      if (p.isPresent()) {
        return p.get();
      }
    }
    throw new UnknownSimException(sim, rules.isEmpty() ? "none" : rules.stream().map(RoutingRule::toString)
        .collect(Collectors.joining(", ")));
  }

  /** @return the registry keys of every identifier the reference carries */
  static List<String> keys(SimRef sim) {
    List<String> keys = new ArrayList<>(3);
    sim.iccid().ifPresent(i -> keys.add("iccid:" + i.value()));
    sim.msisdn().ifPresent(m -> keys.add("msisdn:" + m.value()));
    sim.account().ifPresent(a -> keys.add("account:" + a));
    return keys;
  }
}
