package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.Usage;
import io.simbridge.core.model.UsageRecord;
import io.simbridge.fleet.FleetResult;
import io.simbridge.fleet.ProgressListener;
import io.simbridge.fleet.SimFleet;
import io.simbridge.fleet.SimResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code simbridge sim state|usage|daily-usage|last-activity|contract|cdrs SIM...}: reads of one
 * or many SIMs, each routed to its provider by the fleet, one output row per SIM in the order
 * given. One SIM's failure is its row's error; the others are still read.
 */
@Command(
    name = "sim",
    description = "Read SIMs: state, usage, daily usage, last activity, contract, CDRs.",
    subcommands = {
      SimCommand.State.class,
      SimCommand.UsageNow.class,
      SimCommand.Daily.class,
      SimCommand.Activity.class,
      SimCommand.Contract.class,
      SimCommand.Cdrs.class
    })
final class SimCommand {

  /** A read of every selected SIM through the fleet. */
  abstract static class FleetRead<T> extends CommandBase {
    @Mixin SimSelection selection;

    abstract List<String> columns();

    abstract FleetResult<SimResult<T>> read(SimFleet fleet, List<SimRef> sims, ProgressListener p);

    abstract BiConsumer<T, Map<String, Object>> fill();

    @Override
    ExitCode run() {
      List<SimRef> sims = selection.resolve(io());
      SimFleet fleet = session().fleet(selection.provider, sims);
      FleetResult<SimResult<T>> results = read(fleet, sims, Progress.bar(io(), spec.name()));
      try (RowWriter rows = rows(columns())) {
        results.stream().forEach(r -> rows.write(Rows.of(r, fill())));
      }
      if (sims.size() == 1) {
        results.results().get(0).error().ifPresent(e -> io().err().println(ExitCode.describe(e)));
      }
      return ExitCode.ofRun(results.stream().map(SimResult::error).toList());
    }
  }

  /** {@code sim state}. */
  @Command(name = "state", description = "State of each SIM, with the provider's raw value.")
  static final class State extends FleetRead<SimStatus> {
    @Override
    List<String> columns() {
      return Rows.STATE;
    }

    @Override
    FleetResult<SimResult<SimStatus>> read(SimFleet f, List<SimRef> s, ProgressListener p) {
      return f.states(s, p);
    }

    @Override
    BiConsumer<SimStatus, Map<String, Object>> fill() {
      return Rows::state;
    }
  }

  /** {@code sim usage}. */
  @Command(
      name = "usage",
      description = "Data used today, this month and in total; data remaining; SMS; voice.")
  static final class UsageNow extends FleetRead<Usage> {
    @Override
    List<String> columns() {
      return Rows.USAGE;
    }

    @Override
    FleetResult<SimResult<Usage>> read(SimFleet f, List<SimRef> s, ProgressListener p) {
      return f.usageNow(s, p);
    }

    @Override
    BiConsumer<Usage, Map<String, Object>> fill() {
      return Rows::usage;
    }
  }

  /** {@code sim daily-usage}. */
  @Command(name = "daily-usage", description = "Data used today and on recent days.")
  static final class Daily extends FleetRead<DailyUsage> {
    @Override
    List<String> columns() {
      return Rows.DAILY_USAGE;
    }

    @Override
    FleetResult<SimResult<DailyUsage>> read(SimFleet f, List<SimRef> s, ProgressListener p) {
      return f.read(s, SimProvider::dailyUsage, p);
    }

    @Override
    BiConsumer<DailyUsage, Map<String, Object>> fill() {
      return Rows::dailyUsage;
    }
  }

  /** {@code sim last-activity}. */
  @Command(
      name = "last-activity",
      description = "Most recent mobile-originated traffic (empty columns: none).")
  static final class Activity extends FleetRead<Optional<LastActivity>> {
    @Override
    List<String> columns() {
      return Rows.LAST_ACTIVITY;
    }

    @Override
    FleetResult<SimResult<Optional<LastActivity>>> read(
        SimFleet f, List<SimRef> s, ProgressListener p) {
      return f.lastActivity(s, p);
    }

    @Override
    BiConsumer<Optional<LastActivity>, Map<String, Object>> fill() {
      return Rows::lastActivity;
    }
  }

  /** {@code sim contract}. */
  @Command(
      name = "contract",
      description = "Contract term applied to each SIM (empty columns: none).")
  static final class Contract extends FleetRead<Optional<ContractTerm>> {
    @Override
    List<String> columns() {
      return Rows.CONTRACT;
    }

    @Override
    FleetResult<SimResult<Optional<ContractTerm>>> read(
        SimFleet f, List<SimRef> s, ProgressListener p) {
      return f.read(s, SimProvider::contractTerm, p);
    }

    @Override
    BiConsumer<Optional<ContractTerm>, Map<String, Object>> fill() {
      return Rows::contract;
    }
  }

  /** {@code sim cdrs}: usage records of each SIM over a range, streamed page by page. */
  @Command(name = "cdrs", description = "Usage records (CDRs) of each SIM over a range, streamed.")
  static final class Cdrs extends CommandBase {
    @Mixin SimSelection selection;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "WHEN",
        description = "First day (UTC) or instant.")
    String from;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "WHEN",
        description = "Last day (UTC, inclusive) or instant.")
    String to;

    @Override
    ExitCode run() {
      Instant start = Dates.instant("--from", from, false);
      Instant end = Dates.instant("--to", to, true);
      Dates.ordered("--to", start, end);
      List<SimRef> sims = selection.resolve(io());
      SimFleet fleet = session().fleet(selection.provider, sims);
      List<Optional<RuntimeException>> errors = new ArrayList<>();
      try (RowWriter rows = rows(Rows.CDRS)) {
        for (SimRef sim : sims) {
          try {
            String id = fleet.providerOf(sim);
            SimProvider p = fleet.provider(id).orElseThrow();
            for (UsageRecord r : p.usageRecords(sim, start, end)) {
              rows.write(Rows.cdr(id, r));
            }
            errors.add(Optional.empty());
          } catch (RuntimeException e) {
            io().err().println(ExitCode.describe(e));
            errors.add(Optional.of(e));
          }
        }
      }
      return ExitCode.ofRun(errors);
    }
  }
}
