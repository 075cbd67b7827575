package io.simbridge.cli;

import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.InvalidRequestException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.fleet.WriteOutcome;
import java.util.Collection;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/**
 * The documented exit codes of {@code simbridge}, one per kind of failure, so that a script can
 * react without parsing messages. The README lists them.
 */
enum ExitCode {
  /** Everything asked succeeded. */
  OK(0, "success"),
  /** A provider error, a malformed answer, or an unexpected failure. */
  ERROR(1, "check the provider's status; run again with the same arguments if it was a read"),
  /** Bad arguments, input refused before sending, or an operation the provider lacks. */
  INVALID_INPUT(
      2,
      "fix the arguments (simbridge help COMMAND); simbridge providers lists what each provider supports"),
  /** The provider refused the credentials. */
  AUTHENTICATION(
      3,
      "check the provider's credentials: simbridge config show lists what is set, secrets masked"),
  /** The provider does not know the SIM or the resource. */
  NOT_FOUND(4, "check the SIM's identifier and which provider owns it (simbridge sims list)"),
  /** A call limit was hit. */
  RATE_LIMITED(
      5, "wait and run again; the provider documents how often this operation may be called"),
  /** A write may or may not have been applied; it was not repeated. */
  AMBIGUOUS_OUTCOME(6, "check the SIM (simbridge sim state SIM) before sending the write again"),
  /** The connection failed or timed out. */
  TRANSPORT(7, "check the network and the provider's base URL; reads were already retried"),
  /** Some SIMs of a many-SIM run failed, the others succeeded. */
  PARTIAL_FAILURE(
      8, "the output has one line per SIM with its error: run again for the failed SIMs only"),
  /** The confirmation prompt was answered no: nothing was sent. */
  CANCELLED(9, "nothing was sent; add --yes to skip the prompt");

  private final int code;
  private final String advice;

  ExitCode(int code, String advice) {
    this.code = code;
    this.advice = advice;
  }

  /** @return the process exit status */
  public int code() {
    return code;
  }

  /** @return what a user should do about it */
  public String advice() {
    return advice;
  }

  /**
   * @param error a failure
   * @return the exit code of its kind
   */
  static ExitCode of(Throwable error) {
    if (error instanceof JobBulkWriter.JobRowException row) {
      return row.code();
    } else if (error instanceof ParameterException
        || error instanceof InvalidInputException
        || error instanceof InvalidRequestException
        || error instanceof UnsupportedCapabilityException) {
      return INVALID_INPUT;
    } else if (error instanceof AuthenticationException) {
      return AUTHENTICATION;
    } else if (error instanceof NotFoundException) {
      return NOT_FOUND;
    } else if (error instanceof RateLimitedException) {
      return RATE_LIMITED;
    } else if (error instanceof AmbiguousOutcomeException) {
      return AMBIGUOUS_OUTCOME;
    } else if (error instanceof TransportException) {
      return TRANSPORT;
    }
    return ERROR;
  }

  /**
   * The exit code of a run over several SIMs: ambiguous outcomes first (they need a look before
   * anything is sent again), then partial failure; a single SIM keeps its error's own code.
   *
   * @param errors the error of each SIM, empty for a success
   * @return the run's exit code
   */
  static ExitCode ofRun(Collection<Optional<RuntimeException>> errors) {
    if (errors.size() == 1) {
      return errors.iterator().next().map(ExitCode::of).orElse(OK);
    }
    if (errors.stream().flatMap(Optional::stream).anyMatch(e -> of(e) == AMBIGUOUS_OUTCOME)) {
      return AMBIGUOUS_OUTCOME;
    }
    return errors.stream().anyMatch(Optional::isPresent) ? PARTIAL_FAILURE : OK;
  }

  /**
   * @param outcomes the outcomes of a write
   * @return the run's exit code
   */
  static ExitCode ofWrites(Collection<WriteOutcome> outcomes) {
    return ofRun(outcomes.stream().map(WriteOutcome::error).toList());
  }

  /**
   * @param error a failure
   * @return the line for stderr: provider and operation when known, the message, what to do
   */
  static String describe(Throwable error) {
    ExitCode code = of(error);
    // A SimApiException's message already starts with [provider operation].
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return "simbridge: "
        + message
        + "\n  what to do: "
        + code.advice()
        + " (exit "
        + code.code()
        + ", "
        + code.name()
        + ")";
  }
}
