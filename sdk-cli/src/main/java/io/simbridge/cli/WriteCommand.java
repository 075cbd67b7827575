package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.WriteOutcome;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobPlan;
import io.simbridge.jobs.JobSpec;
import io.simbridge.jobs.JobStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A write sent to every selected SIM through the {@link BulkWriter}: several SIMs (or {@code --job})
 * run as a durable job. {@code --dry-run} prints the plan (which provider each SIM goes to, whether
 * it can do it, the calls per provider and the time their limits imply) and sends nothing.
 * With a terminal attached and more than one SIM, it asks before sending unless {@code --yes}.
 * Output: one row per SIM with DONE, FAILED or AMBIGUOUS; nothing is ever repeated.
 */
abstract class WriteCommand extends CommandBase {
  @Mixin SimSelection selection;

  @Option(
      names = "--dry-run",
      description = "Print what would be sent to which provider; send nothing.")
  boolean dryRun;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  @Option(
      names = "--job",
      paramLabel = "NAME",
      description =
          "Run as the durable job NAME (several SIMs always run"
              + " as a job, named on stderr); NAME again shows that job and sends nothing.")
  String job;

  /** @return the write, with its arguments checked */
  abstract WriteAction action();

  @Override
  ExitCode run() {
    WriteAction action = action();
    List<SimRef> sims = selection.resolve(io());
    SimFleet fleet = session().fleet(selection.provider, sims);
    if (dryRun) {
      return plan(fleet, action, sims);
    }
    if (sims.size() > 1 && io().terminal().attached() && !yes && !confirmed(fleet, action, sims)) {
      io().err().println("simbridge: cancelled; nothing was sent");
      return ExitCode.CANCELLED;
    }
    List<WriteOutcome> outcomes =
        session()
            .bulkWriter(fleet, sims.size(), job, io().err())
            .run(action, sims, Progress.bar(io(), action.command()));
    try (RowWriter rows = rows(Rows.WRITES)) {
      outcomes.forEach(o -> rows.write(Rows.write(o, action.command())));
    }
    if (sims.size() == 1) {
      outcomes.get(0).error().ifPresent(e -> io().err().println(ExitCode.describe(e)));
    } else {
      Map<WriteOutcome.Status, Long> counts = new TreeMap<>();
      outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
      if (counts.keySet().stream().anyMatch(s -> s != WriteOutcome.Status.DONE)) {
        io().err()
            .println(
                "simbridge: "
                    + action.command()
                    + ": "
                    + counts.toString().toLowerCase(Locale.ROOT)
                    + "; each SIM's error is in its row");
      }
    }
    return ExitCode.ofWrites(outcomes);
  }

  /**
   * Prints the job's dry run: PLANNED, or REFUSED with the reason, per SIM; on stderr the calls per
   * provider and the least time their call limits imply. Planned on a store in memory: nothing is
   * sent or stored.
   */
  private ExitCode plan(SimFleet fleet, WriteAction action, List<SimRef> sims) {
    JobPlan plan;
    try (JobStore memory = JobStore.jdbc("jdbc:sqlite::memory:")) {
      plan =
          BulkJobs.builder()
              .store(memory)
              .fleet(fleet)
              .build()
              .plan(new JobSpec(job != null ? job : "dry-run", sims, action.job()));
    }
    try (RowWriter rows = rows(Rows.WRITES)) {
      for (JobPlan.PlannedSim p : plan.sims()) {
        rows.write(
            Rows.row(
                "sim",
                Sims.text(p.sim()),
                "provider",
                p.provider(),
                "operation",
                action.command(),
                "status",
                p.refusal().isPresent() ? "REFUSED" : "PLANNED",
                "error",
                p.refusal().map(r -> ExitCode.INVALID_INPUT.name()),
                "message",
                p.refusal()));
      }
    }
    plan.providers()
        .forEach(
            (id, p) ->
                io().err()
                    .println(
                        "simbridge: plan: "
                            + id
                            + ": "
                            + p.calls()
                            + " calls, at"
                            + " least "
                            + p.minimum()
                            + (p.interval().isZero() ? "" : " (one per " + p.interval() + ")")));
    io().err()
        .println(
            "simbridge: plan: "
                + plan.calls()
                + " calls in at least "
                + plan.minimum()
                + "; nothing sent");
    return plan.sims().stream().anyMatch(p -> p.refusal().isPresent())
        ? ExitCode.INVALID_INPUT
        : ExitCode.OK;
  }

  private boolean confirmed(SimFleet fleet, WriteAction action, List<SimRef> sims) {
    Map<String, Integer> byProvider = new TreeMap<>();
    List<String> unroutable = new ArrayList<>();
    for (SimRef s : sims) {
      try {
        byProvider.merge(fleet.providerOf(s), 1, Integer::sum);
      } catch (RuntimeException e) {
        unroutable.add(Sims.text(s));
      }
    }
    String args = action.arguments().isEmpty() ? "" : " " + new TreeMap<>(action.arguments());
    String answer =
        io().terminal()
            .readLine(
                action.command()
                    + args
                    + " on "
                    + sims.size()
                    + " SIMs "
                    + byProvider
                    + (unroutable.isEmpty() ? "" : ", " + unroutable.size() + " unroutable")
                    + ". Send? [y/N] ");
    return answer != null
        && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
  }
}
