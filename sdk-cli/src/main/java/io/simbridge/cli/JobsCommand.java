package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobProgress;
import io.simbridge.jobs.JobRow;
import io.simbridge.jobs.ReconcileReport;
import io.simbridge.jobs.RowState;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code simbridge jobs}: the durable jobs in the journal ({@code --jobs-db}, {@code --jobs-url}),
 * which every write on several SIMs (or with {@code --job}) runs as. Exit codes as for a write: a
 * job with an AMBIGUOUS row exits 6, one with a FAILED or SKIPPED row 8.
 */
@Command(
    name = "jobs",
    description = "Durable bulk jobs: list, show, resume, reconcile, export.",
    subcommands = {
      JobsCommand.ListJobs.class,
      JobsCommand.Show.class,
      JobsCommand.Resume.class,
      JobsCommand.Reconcile.class,
      JobsCommand.Export.class
    })
final class JobsCommand {
  private JobsCommand() {}

  /** Columns of a job's rows: those of a write, then what reconciliation noted. */
  static final List<String> ROWS =
      List.of("index", "sim", "provider", "operation", "status", "error", "message", "note");

  /** Columns of the job list. */
  static final List<String> JOBS =
      List.of(
          "name",
          "operation",
          "state",
          "total",
          "pending",
          "inFlight",
          "done",
          "failed",
          "ambiguous",
          "skipped");

  /** What the jobs subcommands share: the journal, over the run's fleet. */
  abstract static class JobCommand extends CommandBase {
    /** @return the jobs of the run's journal, over the run's fleet, to send */
    BulkJobs jobs() {
      return session().jobs(session().fleet(null, List.of()));
    }

    /**
     * Prints every row of a job.
     *
     * @param jobs the jobs
     * @param name the job's name
     * @return the exit code its rows imply
     */
    ExitCode printRows(BulkJobs jobs, String name) {
      String operation = operation(jobs.progress(name));
      List<JobRow> rows = jobs.rows(name);
      try (RowWriter out = rows(ROWS)) {
        for (JobRow r : rows) {
          out.write(
              Rows.row(
                  "index",
                  r.index(),
                  "sim",
                  Sims.text(r.sim()),
                  "provider",
                  r.provider(),
                  "operation",
                  operation,
                  "status",
                  r.state(),
                  "error",
                  r.state() == RowState.DONE
                      ? null
                      : JobBulkWriter.outcome(r, operation)
                          .error()
                          .map(e -> ExitCode.of(e).name())
                          .orElse(null),
                  "message",
                  r.errorType().map(t -> t + ": " + r.error().orElse("")),
                  "note",
                  r.note()));
        }
      }
      JobProgress p = jobs.progress(name);
      io().err()
          .println(
              "simbridge: job "
                  + name
                  + " "
                  + p.state().name().toLowerCase(Locale.ROOT)
                  + ": "
                  + p.counts().toString().toLowerCase(Locale.ROOT));
      return ExitCode.ofWrites(
          rows.stream()
              .filter(r -> r.state() != RowState.PENDING)
              .map(r -> JobBulkWriter.outcome(r, operation))
              .toList());
    }

    static String operation(JobProgress p) {
      return p.write().operation().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** {@code simbridge jobs list}. */
  @Command(
      name = "list",
      description = "List the jobs in the journal, oldest first, with their rows' states.")
  static final class ListJobs extends JobCommand {
    @Override
    ExitCode run() {
      BulkJobs jobs = session().journal();
      try (RowWriter out = rows(JOBS)) {
        for (String name : jobs.jobs()) {
          JobProgress p = jobs.progress(name);
          out.write(
              Rows.row(
                  "name",
                  name,
                  "operation",
                  operation(p),
                  "state",
                  p.state(),
                  "total",
                  p.total(),
                  "pending",
                  p.count(RowState.PENDING),
                  "inFlight",
                  p.count(RowState.IN_FLIGHT),
                  "done",
                  p.count(RowState.DONE),
                  "failed",
                  p.count(RowState.FAILED),
                  "ambiguous",
                  p.count(RowState.AMBIGUOUS),
                  "skipped",
                  p.count(RowState.SKIPPED)));
        }
      }
      return ExitCode.OK;
    }
  }

  /** {@code simbridge jobs show NAME}. */
  @Command(name = "show", description = "Show a job's rows: one per SIM with its state and error.")
  static final class Show extends JobCommand {
    @Parameters(paramLabel = "NAME", description = "The job's name.")
    String name;

    @Override
    ExitCode run() {
      return printRows(session().journal(), name);
    }
  }

  /** {@code simbridge jobs resume NAME}. */
  @Command(
      name = "resume",
      description =
          "Finish a job after its process stopped: rows it left in flight become"
              + " AMBIGUOUS (never sent again), pending rows are sent. Only when no other process runs the job.")
  static final class Resume extends JobCommand {
    @Parameters(paramLabel = "NAME", description = "The job's name.")
    String name;

    @Override
    ExitCode run() {
      BulkJobs jobs = jobs();
      jobs.resume(name);
      return printRows(jobs, name);
    }
  }

  /** {@code simbridge jobs reconcile NAME}. */
  @Command(
      name = "reconcile",
      description =
          "Settle a job's AMBIGUOUS rows by reading the SIMs back (activate,"
              + " suspend, resume, rename, tag, change-plan); SMS, top-up and writes that cannot be read back are left"
              + " for you.")
  static final class Reconcile extends JobCommand {
    @Parameters(paramLabel = "NAME", description = "The job's name.")
    String name;

    @Option(
        names = "--resend-absent",
        description = "Send again the writes read back as not applied.")
    boolean resendAbsent;

    @Override
    ExitCode run() {
      BulkJobs jobs = jobs();
      ReconcileReport report = jobs.reconcile(name, resendAbsent);
      io().err()
          .println(
              "simbridge: reconcile "
                  + name
                  + ": "
                  + report.settled().size()
                  + " settled, "
                  + report.resent().size()
                  + " sent again, "
                  + report.unresolved().size()
                  + " left for you");
      return printRows(jobs, name);
    }
  }

  /** {@code simbridge jobs export NAME}. */
  @Command(
      name = "export",
      description = "Write a job's rows as CSV or JSON lines, with times and errors.")
  static final class Export extends JobCommand {
    /** The export formats. */
    enum ExportFormat {
      CSV,
      JSONL
    }

    @Parameters(paramLabel = "NAME", description = "The job's name.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or jsonl.")
    ExportFormat format = ExportFormat.CSV;

    @Override
    ExitCode run() {
      BulkJobs jobs = session().journal();
      if (format == ExportFormat.CSV) {
        jobs.exportCsv(name, io().out());
      } else {
        jobs.exportJsonLines(name, io().out());
      }
      return ExitCode.OK;
    }
  }
}
