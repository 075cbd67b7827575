package io.simbridge.cli;

import io.simbridge.cli.output.Format;
import io.simbridge.cli.output.RowWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code simbridge}: SIMs across providers from a shell. Entry point of {@code simbridge.jar}.
 *
 * <p>Results go to stdout in the chosen {@link Format}; messages, prompts and progress go to
 * stderr, so pipes stay clean. The exit status is an {@link ExitCode}. {@code --help} and
 * {@code --version} work on every subcommand (scope INHERIT).
 */
@Command(
    name = "simbridge",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    scope = ScopeType.INHERIT,
    description = "Manage SIM cards across Things Mobile, HORISEN, freebit and M2M iPortal.",
    subcommands = {
      ProvidersCommand.class,
      SimsCommand.class,
      SimCommand.class,
      WriteCommands.Suspend.class,
      WriteCommands.Resume.class,
      WriteCommands.Activate.class,
      WriteCommands.Disconnect.class,
      WriteCommands.Rename.class,
      WriteCommands.Tag.class,
      WriteCommands.SetLimits.class,
      WriteCommands.SetExpiry.class,
      WriteCommands.TopUp.class,
      WriteCommands.SendSms.class,
      WriteCommands.ChangePlan.class,
      JobsCommand.class,
      ReportsCommand.class,
      CreditCommand.class,
      ConfigCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 ok, 1 provider error, 2 invalid input, 3 authentication, 4 not found,"
          + " 5 rate limited, 6 ambiguous outcome, 7 transport, 8 partial failure, 9 cancelled."
    })
public final class Simbridge {
  @Option(
      names = "--sandbox",
      scope = ScopeType.INHERIT,
      description = "Run against the embedded emulators with seeded SIMs: no account needed.")
  boolean sandbox;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Profile of the profiles file to use (default: default).")
  String profile;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Profiles file (default: $SIMBRIDGE_CONFIG or ~/.simbridge/config.properties).")
  Path config;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      description = "table (default), json, jsonl or csv.")
  Format output = Format.TABLE;

  @Option(
      names = "--jobs-db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "SQLite journal of durable jobs (default: ~/.simbridge/jobs.db; with --sandbox a temporary"
              + " file).")
  Path jobsDb;

  @Option(
      names = "--jobs-url",
      paramLabel = "JDBC-URL",
      scope = ScopeType.INHERIT,
      description =
          "JDBC URL of the jobs' journal, SQLite or PostgreSQL (default: $SIMBRIDGE_JOBS_URL).")
  String jobsUrl;

  private Io io;
  private Sandbox sharedSandbox;
  private Session session;

  private Simbridge() {}

  /**
   * Runs the command line and exits with its {@link ExitCode}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(Io.ofProcess(), args));
  }

  /**
   * @param io   the streams, environment and terminal to use
   * @param args the arguments
   * @return the exit status
   */
  static int run(Io io, String... args) {
    return run(io, null, args);
  }

  /**
   * @param io      the streams, environment and terminal to use
   * @param sandbox a running sandbox for {@code --sandbox} to use and leave running (tests share
   *                one), or null to start one for this run
   * @param args    the arguments
   * @return the exit status
   */
  static int run(Io io, Sandbox sandbox, String... args) {
    Simbridge root = new Simbridge();
    root.io = io;
    root.sharedSandbox = sandbox;
    CommandLine cl =
        new CommandLine(root)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOut(io.out())
            .setErr(io.err())
            .setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                  io.err().println(ExitCode.describe(e));
                  return ExitCode.of(e).code();
                });
    try {
      return cl.execute(args);
    } finally {
      if (root.session != null) {
        root.session.close();
      }
      io.out().flush();
      io.err().flush();
    }
  }

  /** @return the run's streams, environment and terminal */
  Io io() {
    return io;
  }

  /** @return the run's providers, configured on first use */
  Session session() {
    if (session == null) {
      session =
          new Session(
              sandbox,
              Configuration.load(config, profile, io.env(), io.system()),
              sharedSandbox,
              jobsLocation());
    }
    return session;
  }

  /** The explicit options first; the sandbox keeps its jobs apart from real ones unless told. */
  private Session.JobsLocation jobsLocation() {
    if (jobsUrl != null || jobsDb != null) {
      return new Session.JobsLocation(jobsUrl, jobsDb);
    }
    if (sandbox) {
      return new Session.JobsLocation(null, null);
    }
    String url = io.env().get("SIMBRIDGE_JOBS_URL");
    return new Session.JobsLocation(
        url == null || url.isBlank() ? null : url,
        Path.of(io.system().getProperty("user.home", "."), ".simbridge", "jobs.db"));
  }

  /**
   * @param columns the command's columns
   * @return a writer of rows to stdout in the chosen format
   */
  RowWriter rows(List<String> columns) {
    return RowWriter.open(output, io.out(), columns);
  }
}
