package io.simbridge.cli;

import io.simbridge.cli.output.Format;
import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.Capability;
import io.simbridge.core.spi.SimProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code simbridge providers}: the configured providers and what each supports. As a table, one
 * row per capability and a column per provider (the matrix the examples print); in the other
 * formats, one record per provider. Starts no provider: capabilities are declared, not probed.
 */
@Command(name = "providers", description = "List the configured providers and their capabilities.")
final class ProvidersCommand extends CommandBase {
  @Override
  ExitCode run() {
    List<SimProviderFactory> providers = session().providers();
    if (root().output == Format.TABLE) {
      List<String> columns = new ArrayList<>(List.of("capability"));
      providers.forEach(p -> columns.add(p.id()));
      try (RowWriter rows = rows(columns)) {
        for (Capability c : Capability.values()) {
          Map<String, Object> row = Rows.row("capability", c);
          providers.forEach(p -> row.put(p.id(), p.capabilities().contains(c) ? "yes" : ""));
          rows.write(row);
        }
      }
    } else {
      try (RowWriter rows = rows(Rows.PROVIDERS)) {
        providers.forEach(
            p ->
                rows.write(
                    Rows.row(
                        "provider",
                        p.id(),
                        "name",
                        p.displayName(),
                        "capabilities",
                        p.capabilities().stream().sorted().map(Enum::name).toList())));
      }
    }
    if (providers.isEmpty()) {
      io().err()
          .println(
              "simbridge: no provider is configured; set SIMBRIDGE_<PROVIDER>_* variables, use a"
                  + " profile, or try --sandbox");
    }
    return ExitCode.OK;
  }
}
