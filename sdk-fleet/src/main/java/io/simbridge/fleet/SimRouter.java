package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.http.Redactor;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the provider that owns a SIM: an explicit registry first (by every identifier the SIM
 * carries), then {@link RoutingRule}s in the order they were added. It never guesses: a SIM
 * nothing names is an {@link UnknownSimException}. {@link SimFleet} routes with one; it is also
 * usable on its own, for instance to group SIMs by provider before a job.
 *
 * <pre>{@code
 * SimRouter router = SimRouter.builder()
 *     .register(SimRef.msisdn("819012345678"), "freebit")
 *     .route(RoutingRule.iccidPrefix("8944501", "thingsmobile"))
 *     .build();
 * String provider = router.providerOf(sim);
 * }</pre>
 *
 * <p>Messages that name a SIM mask its ICCID or MSISDN but the last four digits, as the provider
 * clients' logs do, unless {@link Builder#maskSubscriberIdsInLogs(boolean)} turns it off; the
 * exceptions still carry the whole {@link SimRef}. Immutable and thread-safe.
 */
public final class SimRouter {
  private final Map<String, String> registry;
  private final List<RoutingRule> rules;
  private final boolean mask;

  private SimRouter(Builder b) {
    this.registry = Map.copyOf(b.registry);
    this.rules = List.copyOf(b.rules);
    this.mask = b.mask;
  }

  /**
   * @return a builder of an empty router (masking subscriber ids in messages)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param sim a SIM
   * @return the id of the provider that owns it
   * @throws UnknownSimException   if neither the registry nor any rule names a provider for it
   * @throws InvalidInputException if its identifiers are registered with different providers
   */
  public String providerOf(SimRef sim) {
    Objects.requireNonNull(sim, "sim");
    String registered = null;
    for (String key : keys(sim)) {
      String p = registry.get(key);
      if (p != null && registered != null && !p.equals(registered)) {
        throw new InvalidInputException(
            "sim",
            label(sim) + " is registered with both " + registered + " and " + p,
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
    throw new UnknownSimException(
        sim,
        rules.isEmpty()
            ? "none"
            : rules.stream().map(RoutingRule::toString).collect(Collectors.joining(", ")),
        mask);
  }

  /**
   * @return the routing rules, in the order they are tried
   */
  public List<RoutingRule> rules() {
    return rules;
  }

  /**
   * @return whether messages that name a SIM mask its ICCID or MSISDN
   */
  public boolean masksSubscriberIds() {
    return mask;
  }

  /** The SIM as messages name it: masked but the last four digits when so configured. */
  String label(SimRef sim) {
    return label(sim, mask);
  }

  static String label(SimRef sim, boolean mask) {
    return mask ? Redactor.maskSubscriberIds(sim.label()) : sim.label();
  }

  /**
   * @param sim a SIM
   * @return the registry keys of every identifier the reference carries
   */
  static List<String> keys(SimRef sim) {
    List<String> keys = new ArrayList<>(3);
    sim.iccid().ifPresent(i -> keys.add("iccid:" + i.value()));
    sim.msisdn().ifPresent(m -> keys.add("msisdn:" + m.value()));
    sim.account().ifPresent(a -> keys.add("account:" + a));
    return keys;
  }

  @Override
  public String toString() {
    return "SimRouter[registered=" + registry.size() + ", rules=" + rules + "]";
  }

  /** Builds a {@link SimRouter}. */
  public static final class Builder {
    private final Map<String, String> registry = new HashMap<>();
    private final List<RoutingRule> rules = new ArrayList<>();
    private boolean mask = true;

    private Builder() {}

    /**
     * Records which provider owns a SIM, by every identifier the reference carries. The registry
     * is consulted before the rules.
     *
     * @param sim        the SIM
     * @param providerId the provider that owns it
     * @return this builder
     * @throws InvalidInputException if one of its identifiers is registered with another provider
     */
    public Builder register(SimRef sim, String providerId) {
      Objects.requireNonNull(sim, "sim");
      Objects.requireNonNull(providerId, "providerId");
      for (String key : keys(sim)) {
        String before = registry.get(key);
        if (before != null && !before.equals(providerId)) {
          throw new InvalidInputException(
              "sim",
              label(sim, mask) + " is registered with both " + before + " and " + providerId,
              "one provider per SIM");
        }
      }
      keys(sim).forEach(k -> registry.put(k, providerId));
      return this;
    }

    /**
     * @param sims       SIMs the provider owns
     * @param providerId the provider
     * @return this builder
     * @see #register(SimRef, String)
     */
    public Builder registerAll(Collection<SimRef> sims, String providerId) {
      sims.forEach(s -> register(s, providerId));
      return this;
    }

    /**
     * @param rule a routing rule, tried after the registry and after the rules added before it
     * @return this builder
     */
    public Builder route(RoutingRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * @param mask whether messages that name a SIM mask its ICCID or MSISDN but the last four
     *             digits (default true, as the provider clients' setting of the same name)
     * @return this builder
     */
    public Builder maskSubscriberIdsInLogs(boolean mask) {
      this.mask = mask;
      return this;
    }

    /**
     * @return the router
     */
    public SimRouter build() {
      return new SimRouter(this);
    }
  }
}
