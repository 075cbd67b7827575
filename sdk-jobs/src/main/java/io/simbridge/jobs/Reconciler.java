package io.simbridge.jobs;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimSummary;
import io.simbridge.fleet.SimFleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settles a job's AMBIGUOUS rows by reading back their effect: the SIM's state for activate,
 * suspend and resume; its name, tag or plan from the provider's SIM list for rename, tag and
 * change plan. Additive writes and writes the neutral API cannot read back stay for a person.
 */
final class Reconciler {
  private final Journal journal;
  private final SimFleet fleet;
  private final String worker;
  private final Duration lease;

  Reconciler(Journal journal, SimFleet fleet, String worker, Duration lease) {
    this.journal = journal;
    this.fleet = fleet;
    this.worker = worker;
    this.lease = lease;
  }

  ReconcileReport reconcile(String job, JobWrite write, boolean resendAbsent) {
    List<JobRow> settled = new ArrayList<>();
    List<JobRow> resent = new ArrayList<>();
    List<JobRow> unresolved = new ArrayList<>();
    Map<String, List<JobRow>> byProvider = new LinkedHashMap<>();
    for (JobRow row : journal.rows(job, Optional.of(RowState.AMBIGUOUS))) {
      Optional<SimProvider> provider = row.provider().flatMap(fleet::provider);
      if (write.operation().effect() != WriteOperation.Effect.READABLE || provider.isEmpty()) {
        unresolved.add(row);
      } else {
        byProvider.computeIfAbsent(row.provider().get(), k -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<String, List<JobRow>> group : byProvider.entrySet()) {
      SimProvider provider = fleet.provider(group.getKey()).orElseThrow();
      Map<Integer, Boolean> applied = readBack(provider, write, group.getValue());
      for (JobRow row : group.getValue()) {
        Boolean effect = applied.get(row.index());
        if (effect == null) {
          unresolved.add(row);
        } else if (effect) {
          journal.settle(job, row.index(), "reconciled: the effect was read back");
          journal.row(job, row.index()).ifPresent(settled::add);
        } else if (resendAbsent
            && journal.reclaim(
                job,
                row.index(),
                worker,
                lease.toMillis(),
                "reconciled: the effect was absent, sent again on request")) {
          Outcome o = JobWorker.send(write, provider, new Journal.Claim(row.index(), row.sim()));
          journal.finish(job, row.index(), worker, o);
          journal.row(job, row.index()).ifPresent(resent::add);
        } else {
          unresolved.add(row);
        }
      }
    }
    return new ReconcileReport(settled, resent, unresolved);
  }

  /** @return per row index: whether the effect is there; absent when it could not be read */
  private static Map<Integer, Boolean> readBack(
      SimProvider provider, JobWrite write, List<JobRow> rows) {
    Map<Integer, Boolean> out = new HashMap<>();
    WriteOperation op = write.operation();
    if (op == WriteOperation.ACTIVATE
        || op == WriteOperation.SUSPEND
        || op == WriteOperation.RESUME) {
      if (!provider.supports(Capability.SIM_STATE)) {
        return out;
      }
      SimState wanted = op == WriteOperation.SUSPEND ? SimState.SUSPENDED : SimState.ACTIVE;
      for (JobRow row : rows) {
        try {
          out.put(row.index(), provider.state(row.sim()).state() == wanted);
        } catch (RuntimeException e) {
          // Unreadable now: the row stays ambiguous, for a later reconcile or a person.
        }
      }
      return out;
    }
    if (!provider.supports(Capability.LIST_SIMS)) {
      return out;
    }
    Map<String, JobRow> wanted = new HashMap<>();
    rows.forEach(r -> keys(r.sim()).forEach(k -> wanted.put(k, r)));
    try {
      Iterator<SimSummary> it = provider.listSims(SimFilter.ALL).iterator();
      while (out.size() < rows.size() && it.hasNext()) {
        SimSummary s = it.next();
        for (String k : keys(s.sim())) {
          JobRow r = wanted.get(k);
          if (r != null) {
            Optional<String> actual =
                switch (op) {
                  case RENAME -> s.name();
                  case TAG -> s.tag();
                  default -> s.plan();
                };
            String expected =
                write
                    .arguments()
                    .get(
                        op == WriteOperation.RENAME
                            ? "name"
                            : op == WriteOperation.TAG ? "tag" : "planId");
            out.put(r.index(), actual.map(expected::equals).orElse(false));
          }
        }
      }
    } catch (RuntimeException e) {
      // The list broke off: what was read stands, the rest stays ambiguous.
    }
    return out;
  }

  private static List<String> keys(SimRef sim) {
    List<String> keys = new ArrayList<>(2);
    sim.iccid().ifPresent(i -> keys.add("iccid:" + i.value()));
    sim.msisdn().ifPresent(m -> keys.add("msisdn:" + m.value()));
    return keys;
  }
}
