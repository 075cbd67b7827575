package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.CreditHistoryEntry;
import io.simbridge.core.model.Money;
import io.simbridge.fleet.ProviderResult;
import io.simbridge.fleet.SimFleet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simbridge credit [--history --from --to]}: the account's credit balance or its movements. */
@Command(
    name = "credit",
    description = "Credit balance of each provider, or its history (streamed).")
final class CreditCommand extends CommandBase {
  @Mixin ProviderSelection providers;

  @Option(names = "--history", description = "List the credit's movements instead of the balance.")
  boolean history;

  @Option(
      names = "--from",
      paramLabel = "WHEN",
      description = "With --history: first day (UTC) or instant.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "WHEN",
      description = "With --history: last day (UTC, inclusive) or instant.")
  String to;

  @Override
  ExitCode run() {
    SimFleet fleet = session().fleet(null, List.of());
    if (!history) {
      if (from != null || to != null) {
        throw new InvalidInputException(
            "--from/--to", "given without --history", "--history --from DAY --to DAY");
      }
      List<SimProvider> asked = providers.resolve(fleet, Capability.CREDIT_BALANCE);
      Map<String, ProviderResult<Money>> results =
          fleet.acrossProviders(Capability.CREDIT_BALANCE, SimProvider::creditBalance);
      List<ProviderResult<Money>> shown =
          asked.stream().map(p -> results.get(p.providerId())).toList();
      try (RowWriter rows = rows(Rows.CREDIT)) {
        for (ProviderResult<Money> r : shown) {
          Map<String, Object> row =
              Rows.row(
                  "provider",
                  r.provider(),
                  "amount",
                  r.value().map(Money::amount),
                  "currency",
                  r.value().map(Money::currency));
          r.error().ifPresent(e -> Rows.error(row, e));
          rows.write(row);
        }
      }
      if (shown.size() == 1) {
        shown.get(0).error().ifPresent(e -> io().err().println(ExitCode.describe(e)));
      }
      return ExitCode.ofRun(shown.stream().map(ProviderResult::error).toList());
    }
    if (from == null || to == null) {
      throw new InvalidInputException("--from/--to", "missing", "--history --from DAY --to DAY");
    }
    Instant start = Dates.instant("--from", from, false);
    Instant end = Dates.instant("--to", to, true);
    Dates.ordered("--to", start, end);
    List<SimProvider> asked = providers.resolve(fleet, Capability.CREDIT_HISTORY);
    try (RowWriter rows = rows(Rows.CREDIT_HISTORY)) {
      for (SimProvider p : asked) {
        for (CreditHistoryEntry e : p.creditHistory(start, end)) {
          rows.write(Rows.creditEntry(p.providerId(), e));
        }
      }
    }
    return ExitCode.OK;
  }
}
