package io.simbridge.jobs;

import io.simbridge.core.model.SimRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a job would do, computed without sending anything ({@link BulkJobs#plan}).
 *
 * @param write     the write
 * @param sims      one line per SIM, in order
 * @param providers per provider: the calls it would receive and the time its call limits imply
 * @param minimum   the least time the whole job takes: providers run side by side, so the
 *                  slowest provider's
 */
public record JobPlan(
    JobWrite write, List<PlannedSim> sims, Map<String, ProviderPlan> providers, Duration minimum) {

  /**
   * Freezes the record.
   *
   * @param write     the write
   * @param sims      one line per SIM, in order
   * @param providers per provider: the calls it would receive and the time its call limits imply
   * @param minimum   the least time the whole job takes
   */
  public JobPlan {
    Objects.requireNonNull(write, "write");
    sims = List.copyOf(sims);
    providers = Map.copyOf(providers);
    Objects.requireNonNull(minimum, "minimum");
  }

  /** @return how many SIMs would be sent the write */
  public int calls() {
    return (int) sims.stream().filter(s -> s.refusal().isEmpty()).count();
  }

  /**
   * One SIM of the plan.
   *
   * @param sim      the SIM
   * @param provider the provider it routes to; empty when none does
   * @param refusal  why it would be skipped (unknown SIM, capability missing); empty when it would
   *                 be sent
   */
  public record PlannedSim(SimRef sim, Optional<String> provider, Optional<String> refusal) {
    /**
     * Validates the record.
     *
     * @param sim      the SIM
     * @param provider the provider it routes to; empty when none does
     * @param refusal  why it would be skipped; empty when it would be sent
     */
    public PlannedSim {
      Objects.requireNonNull(sim, "sim");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * One provider of the plan.
   *
   * @param calls    the writes it would receive, one at a time
   * @param interval the minimum interval between two of them
   * @param minimum  the least time they take: one interval between each two
   */
  public record ProviderPlan(int calls, Duration interval, Duration minimum) {
    /**
     * Validates the record.
     *
     * @param calls    the writes it would receive, one at a time
     * @param interval the minimum interval between two of them
     * @param minimum  the least time they take
     */
    public ProviderPlan {
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(minimum, "minimum");
    }
  }
}
