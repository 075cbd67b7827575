package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A write sent to every selected SIM through the {@link BulkWriter}. {@code --dry-run} prints the
 * plan (which provider each SIM goes to, and whether that provider can do it) and sends nothing.
 * With a terminal attached and more than one SIM, it asks before sending unless {@code --yes}.
 * Output: one row per SIM with DONE, FAILED or AMBIGUOUS; nothing is ever repeated.
 */
abstract class WriteCommand extends CommandBase {
  @Mixin
  SimSelection selection;

  @Option(names = "--dry-run", description = "Print what would be sent to which provider; send nothing.")
  boolean dryRun;

  @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
  boolean yes;

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
    List<WriteOutcome> outcomes = session().bulkWriter(fleet).run(action, sims, Progress.bar(io(), action.command()));
    try (RowWriter rows = rows(Rows.WRITES)) {
      outcomes.forEach(o -> rows.write(Rows.write(o, action.command())));
    }
    if (sims.size() == 1) {
      outcomes.get(0).error().ifPresent(e -> io().err().println(ExitCode.describe(e)));
    } else {
      Map<WriteOutcome.Status, Long> counts = new TreeMap<>();
      outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
      if (counts.keySet().stream().anyMatch(s -> s != WriteOutcome.Status.DONE)) {
        io().err().println("simbridge: " + action.command() + ": " + counts.toString().toLowerCase(Locale.ROOT)
            + "; each SIM's error is in its row");
      }
    }
    return ExitCode.ofWrites(outcomes);
  }

  /** Prints the plan: PLANNED, or REFUSED with the reason, per SIM. */
  private ExitCode plan(SimFleet fleet, WriteAction action, List<SimRef> sims) {
    boolean refused = false;
    try (RowWriter rows = rows(Rows.WRITES)) {
      for (SimRef sim : sims) {
        Map<String, Object> row = Rows.row("sim", Sims.text(sim), "provider", null, "operation", action.command(),
            "status", "PLANNED");
        try {
          String id = fleet.providerOf(sim);
          row.put("provider", id);
          SimProvider p = fleet.provider(id).orElseThrow();
          if (!p.supports(action.capability())) {
            throw new UnsupportedCapabilityException(id, action.capability());
          }
        } catch (RuntimeException e) {
          row.put("status", "REFUSED");
          Rows.error(row, e);
          refused = true;
        }
        rows.write(row);
      }
    }
    return refused ? ExitCode.INVALID_INPUT : ExitCode.OK;
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
    String answer = io().terminal().readLine(action.command() + args + " on " + sims.size() + " SIMs " + byProvider
        + (unroutable.isEmpty() ? "" : ", " + unroutable.size() + " unroutable") + ". Send? [y/N] ");
    return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
  }
}
