package io.simbridge.jobs;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Routes a job's SIMs and checks them without sending anything: the dry run, and the rows a
 * submitted job starts with.
 */
final class Planner {
  /**
   * The documented minimum interval of the neutral writes that have one: Things Mobile's
   * activateSim and sendSms (one call every 5 s, sections 4.1 and 4.16). Other writes of the four
   * providers document none.
   */
  private static final Map<String, Duration> DOCUMENTED =
      Map.of(
          key("thingsmobile", WriteOperation.ACTIVATE), Duration.ofSeconds(5),
          key("thingsmobile", WriteOperation.SEND_SMS), Duration.ofSeconds(5));

  private final SimFleet fleet;
  private final Map<String, Duration> intervals;

  Planner(SimFleet fleet, Map<String, Duration> overrides) {
    this.fleet = fleet;
    Map<String, Duration> all = new HashMap<>(DOCUMENTED);
    all.putAll(overrides);
    this.intervals = Map.copyOf(all);
  }

  static String key(String provider, WriteOperation op) {
    return provider + "/" + op;
  }

  JobPlan plan(JobSpec spec) {
    List<JobPlan.PlannedSim> sims = new ArrayList<>(spec.sims().size());
    Map<String, Integer> calls = new TreeMap<>();
    for (SimRef sim : spec.sims()) {
      JobPlan.PlannedSim planned = route(sim, spec.write().operation());
      sims.add(planned);
      if (planned.refusal().isEmpty()) {
        calls.merge(planned.provider().orElseThrow(), 1, Integer::sum);
      }
    }
    Map<String, JobPlan.ProviderPlan> providers = new TreeMap<>();
    Duration slowest = Duration.ZERO;
    for (Map.Entry<String, Integer> e : calls.entrySet()) {
      Duration interval =
          intervals.getOrDefault(key(e.getKey(), spec.write().operation()), Duration.ZERO);
      Duration minimum = interval.multipliedBy(e.getValue() - 1L);
      providers.put(e.getKey(), new JobPlan.ProviderPlan(e.getValue(), interval, minimum));
      slowest = minimum.compareTo(slowest) > 0 ? minimum : slowest;
    }
    return new JobPlan(spec.write(), sims, providers, slowest);
  }

  /** @return the rows a job starts with: PENDING, or SKIPPED with the reason */
  List<Journal.NewRow> rows(JobSpec spec) {
    return spec.sims().stream()
        .map(
            sim -> {
              Check c = check(sim, spec.write().operation());
              return new Journal.NewRow(
                  sim,
                  c.provider().orElse(null),
                  c.errorType() == null ? RowState.PENDING : RowState.SKIPPED,
                  c.errorType(),
                  c.error());
            })
        .toList();
  }

  /** One SIM's route, and why it would be refused (both null when it would be sent). */
  private record Check(Optional<String> provider, String errorType, String error) {}

  private JobPlan.PlannedSim route(SimRef sim, WriteOperation op) {
    Check c = check(sim, op);
    return new JobPlan.PlannedSim(
        sim, c.provider(), Optional.ofNullable(c.errorType()).map(t -> t + ": " + c.error()));
  }

  /** Routes one SIM and checks that its provider can run the write. */
  private Check check(SimRef sim, WriteOperation op) {
    String providerId;
    try {
      providerId = fleet.providerOf(sim);
    } catch (IllegalArgumentException e) {
      return new Check(Optional.empty(), e.getClass().getSimpleName(), e.getMessage());
    }
    Optional<SimProvider> provider = fleet.provider(providerId);
    if (provider.isEmpty()) {
      return new Check(
          Optional.of(providerId), "UnknownProvider", providerId + " is not in the fleet");
    }
    if (!provider.get().supports(op.capability())) {
      return new Check(
          Optional.of(providerId),
          "UnsupportedCapabilityException",
          providerId + " does not support " + op.capability());
    }
    return new Check(Optional.of(providerId), null, null);
  }
}
