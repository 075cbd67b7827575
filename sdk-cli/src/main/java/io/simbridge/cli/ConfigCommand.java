package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import java.nio.file.Files;
import picocli.CommandLine.Command;

/** {@code simbridge config show}: every setting in effect and where it came from, secrets masked. */
@Command(name = "config", description = "Configuration.", subcommands = ConfigCommand.Show.class)
final class ConfigCommand {

  /** {@code config show}. */
  @Command(
      name = "show",
      description = "Show the settings in effect and their source; secrets masked.")
  static final class Show extends CommandBase {
    @Override
    ExitCode run() {
      Session session = session();
      Configuration c = session.configuration();
      try (RowWriter rows = rows(Rows.CONFIG)) {
        rows.write(
            Rows.row(
                "provider", "*", "key", "profile", "value", c.profile(), "source", "--profile"));
        rows.write(
            Rows.row(
                "provider",
                "*",
                "key",
                "profiles-file",
                "value",
                c.file().toString(),
                "source",
                Files.isRegularFile(c.file()) ? "found" : "absent"));
        rows.write(
            Rows.row(
                "provider",
                "*",
                "key",
                "sandbox",
                "value",
                session.sandboxed(),
                "source",
                "--sandbox"));
        c.masked()
            .forEach(
                e ->
                    rows.write(
                        Rows.row(
                            "provider",
                            e.provider(),
                            "key",
                            e.key(),
                            "value",
                            e.value(),
                            "source",
                            e.source())));
      }
      return ExitCode.OK;
    }
  }
}
