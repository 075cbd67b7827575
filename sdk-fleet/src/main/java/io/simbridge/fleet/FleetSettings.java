package io.simbridge.fleet;

import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The settings of {@link SimFleet.Builder}, kept apart from the fleet so that each file holds one
 * role; users see them as the builder's own methods.
 *
 * @param <B> the builder type, returned by each setting
 */
abstract class FleetSettings<B extends FleetSettings<B>> {
  final Map<String, SimProvider> providers = new LinkedHashMap<>();
  final Map<String, ProviderLimits> limits = new HashMap<>();
  final SimRouter.Builder router = SimRouter.builder();
  final List<Runnable> checks = new ArrayList<>();
  final List<FleetListener> listeners = new ArrayList<>();
  int listThreshold = SimFleet.DEFAULT_LIST_THRESHOLD;
  Executor executor;
  boolean mask = true;

  /**
   * @param provider a configured provider, known by its {@link SimProvider#providerId()}
   * @return this builder
   */
  public B provider(SimProvider provider) {
    return provider(provider, ProviderLimits.DEFAULT);
  }

  /**
   * @param provider a configured provider
   * @param bounds   how many of its calls run at once
   * @return this builder
   */
  public B provider(SimProvider provider, ProviderLimits bounds) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(bounds, "bounds");
    if (providers.putIfAbsent(provider.providerId(), provider) != null) {
      throw new InvalidInputException(
          "provider", provider.providerId() + " is added twice", "each provider once");
    }
    limits.put(provider.providerId(), bounds);
    return self();
  }

  /**
   * @param configured providers by id, as {@link io.simbridge.core.SimProviders} builds them
   * @return this builder
   */
  public B providers(Map<String, SimProvider> configured) {
    configured.values().forEach(this::provider);
    return self();
  }

  /**
   * Records which provider owns a SIM, by every identifier the reference carries. The registry
   * is consulted before the rules.
   *
   * @param sim        the SIM
   * @param providerId the provider that owns it
   * @return this builder
   * @see SimRouter.Builder#register(SimRef, String)
   */
  public B register(SimRef sim, String providerId) {
    router.register(sim, providerId);
    checks.add(() -> requireProvider(providerId, "register(" + SimRouter.label(sim, mask) + ")"));
    return self();
  }

  /**
   * @param sims       SIMs the provider owns
   * @param providerId the provider
   * @return this builder
   * @see #register(SimRef, String)
   */
  public B registerAll(Collection<SimRef> sims, String providerId) {
    sims.forEach(s -> register(s, providerId));
    return self();
  }

  /**
   * @param rule a routing rule, tried after the registry and after the rules added before it
   * @return this builder
   */
  public B route(RoutingRule rule) {
    router.route(rule);
    checks.add(() -> requireProvider(rule.provider(), "route(" + rule + ")"));
    return self();
  }

  /**
   * @param threshold from this many SIMs of one provider, {@link SimFleet#states} reads them from
   *                  the provider's SIM list; 1 always, a very large number never
   * @return this builder
   */
  public B listThreshold(int threshold) {
    if (threshold < 1) {
      throw new InvalidInputException("listThreshold", String.valueOf(threshold), "1 or more");
    }
    this.listThreshold = threshold;
    return self();
  }

  /**
   * Runs the fleet's calls on the caller's executor, such as
   * {@code Executors.newVirtualThreadPerTaskExecutor()} on JDK 21 and later. The fleet then
   * creates no thread of its own, still runs at most {@link ProviderLimits} calls at once per
   * provider, and never shuts the executor down: its owner does, after closing the fleet.
   *
   * @param executor the executor
   * @return this builder
   */
  public B executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * @param listener hears the progress of every operation of the fleet, overall and per provider;
   *                 several may be added
   * @return this builder
   */
  public B listener(FleetListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return self();
  }

  /**
   * @param mask whether the fleet's messages (an {@link UnknownSimException}, a refused input)
   *             mask a SIM's ICCID or MSISDN but the last four digits, as the provider clients'
   *             logs do (default true, as the clients' setting of the same name)
   * @return this builder
   */
  public B maskSubscriberIdsInLogs(boolean mask) {
    this.mask = mask;
    router.maskSubscriberIdsInLogs(mask);
    return self();
  }

  private void requireProvider(String id, String where) {
    if (!providers.containsKey(id)) {
      throw new InvalidInputException(
          "provider",
          "'" + id + "' in " + where + " is not in the fleet",
          providers.isEmpty() ? "add providers first" : String.join(", ", providers.keySet()));
    }
  }

  /**
   * @return this builder
   */
  abstract B self();
}
