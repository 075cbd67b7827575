package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimSummary;
import io.simbridge.fleet.SimFleet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simbridge sims list}: every SIM of the account(s), streamed page by page. */
@Command(name = "sims", description = "SIM lists.", subcommands = SimsCommand.ListSims.class)
final class SimsCommand {

  /** {@code sims list}. */
  @Command(name = "list", description = "List SIMs, streamed as pages arrive.")
  static final class ListSims extends CommandBase {
    @Option(
        names = "--provider",
        paramLabel = "PROVIDER",
        description = "Only this provider's SIMs.")
    String provider;

    @Option(
        names = "--status",
        split = ",",
        paramLabel = "STATE",
        description = "Only SIMs in these states: ${COMPLETION-CANDIDATES}.")
    List<SimState> status = new ArrayList<>();

    @Option(names = "--name", description = "Only SIMs with this name.")
    String name;

    @Option(names = "--tag", description = "Only SIMs with this tag.")
    String tag;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "Stop after N SIMs (fewer pages fetched).")
    Integer limit;

    @Override
    ExitCode run() {
      if (limit != null && limit < 1) {
        throw new InvalidInputException("--limit", String.valueOf(limit), "1 or more");
      }
      SimFleet fleet = session().fleet(null, List.of());
      List<String> ids =
          provider != null
              ? List.of(provider)
              : fleet.providerIds().stream()
                  .sorted()
                  .filter(id -> fleet.provider(id).orElseThrow().supports(Capability.LIST_SIMS))
                  .toList();
      if (ids.isEmpty()) {
        throw new InvalidInputException(
            "providers",
            "none of " + fleet.providerIds() + " can list SIMs",
            "a provider with LIST_SIMS (simbridge providers)");
      }
      // One state goes to the provider; several are filtered here, from the full list.
      SimFilter filter =
          new SimFilter(
              Optional.ofNullable(name),
              Optional.ofNullable(tag),
              status.size() == 1 ? Optional.of(status.get(0)) : Optional.empty());
      List<RuntimeException> errors = new ArrayList<>();
      int written = 0;
      try (RowWriter rows = rows(Rows.SIMS)) {
        for (String id : ids) {
          SimProvider p =
              fleet
                  .provider(id)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "--provider",
                              "'" + id + "' is not configured",
                              String.join(", ", fleet.providerIds())));
          try {
            Iterator<SimSummary> it = p.listSims(filter).iterator();
            while ((limit == null || written < limit) && it.hasNext()) {
              SimSummary s = it.next();
              if (status.size() <= 1 || status.contains(s.status().state())) {
                rows.write(Rows.sim(id, s));
                written++;
              }
            }
          } catch (RuntimeException e) {
            if (ids.size() == 1) {
              throw e;
            }
            io().err().println(ExitCode.describe(e));
            errors.add(e);
          }
        }
      }
      return errors.isEmpty() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
    }
  }
}
