package io.simbridge.cli;

import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.ProgressListener;
import io.simbridge.fleet.WriteOutcome;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobRow;
import io.simbridge.jobs.JobSpec;
import io.simbridge.jobs.RowState;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a write as a durable job of {@code sdk-jobs}: a journal row per SIM, committed IN_FLIGHT
 * before its request leaves, so that a killed process loses no outcome and {@code simbridge jobs
 * resume NAME} finishes the rest without sending any SIM twice. A name that already names a job
 * returns that job's rows and runs nothing: a command repeated by a script never writes twice.
 */
final class JobBulkWriter implements BulkWriter {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  private final BulkJobs jobs;
  private final String name;
  private final PrintWriter err;

  /**
   * @param jobs the jobs over the run's fleet and store
   * @param name the job's name ({@code --job}), or null to generate one
   * @param err  where the job's name and notices go
   */
  JobBulkWriter(BulkJobs jobs, String name, PrintWriter err) {
    this.jobs = jobs;
    this.name = name;
    this.err = err;
  }

  @Override
  public List<WriteOutcome> run(WriteAction action, List<SimRef> sims, ProgressListener progress) {
    String job =
        name != null
            ? name
            : action.command()
                + "-"
                + LocalDateTime.now(ZoneOffset.UTC).format(STAMP)
                + "-"
                + UUID.randomUUID().toString().substring(0, 4);
    boolean existed = jobs.jobs().contains(job);
    // Refuses a taken name with other SIMs or another write before anything is sent.
    jobs.submit(new JobSpec(job, sims, action.job()));
    if (existed) {
      err.println(
          "simbridge: job "
              + job
              + " already exists: its rows are shown, nothing was sent;"
              + " simbridge jobs resume "
              + job
              + " continues it");
    } else {
      err.println("simbridge: job " + job + " (simbridge jobs show " + job + ")");
      jobs.run(job);
    }
    List<JobRow> rows = jobs.rows(job);
    progress.onProgress(rows.size(), rows.size());
    return rows.stream().map(r -> outcome(r, action.command())).toList();
  }

  /**
   * A journal row as the outcome of a write: DONE, AMBIGUOUS (may have been sent), or FAILED
   * (refused, skipped, or not sent yet), its error keeping the exit code of its kind.
   *
   * @param row       the row
   * @param operation the write's command name
   * @return the outcome
   */
  static WriteOutcome outcome(JobRow row, String operation) {
    WriteOutcome.Status status =
        switch (row.state()) {
          case DONE -> WriteOutcome.Status.DONE;
          case AMBIGUOUS, IN_FLIGHT -> WriteOutcome.Status.AMBIGUOUS;
          default -> WriteOutcome.Status.FAILED;
        };
    Optional<RuntimeException> error =
        status == WriteOutcome.Status.DONE
            ? Optional.empty()
            : Optional.of(new JobRowException(row, operation));
    return new WriteOutcome(row.sim(), row.provider(), status, error);
  }

  /** A row's recorded error: its message, and the exit code of the error type the journal names. */
  static final class JobRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode code;

    JobRowException(JobRow row, String operation) {
      super(
          "["
              + row.provider().orElse("-")
              + " "
              + operation
              + "] "
              + row.state()
              + " "
              + row.errorType().map(t -> "(" + t + ") ").orElse("")
              + row.error().orElse(row.state() == RowState.PENDING ? "not sent yet" : ""),
          null,
          false,
          false);
      this.code =
          row.state() == RowState.AMBIGUOUS || row.state() == RowState.IN_FLIGHT
              ? ExitCode.AMBIGUOUS_OUTCOME
              : codeOf(row.errorType().orElse(""));
    }

    /** @return the exit code of the row's error */
    ExitCode code() {
      return code;
    }

    private static ExitCode codeOf(String errorType) {
      return switch (errorType) {
        case "InvalidInputException", "InvalidRequestException", "UnsupportedCapabilityException" ->
            ExitCode.INVALID_INPUT;
        case "AuthenticationException" -> ExitCode.AUTHENTICATION;
        case "NotFoundException", "UnknownSimException" -> ExitCode.NOT_FOUND;
        case "RateLimitedException" -> ExitCode.RATE_LIMITED;
        case "TransportException" -> ExitCode.TRANSPORT;
        case "Cancelled" -> ExitCode.CANCELLED;
        default -> ExitCode.ERROR;
      };
    }
  }
}
