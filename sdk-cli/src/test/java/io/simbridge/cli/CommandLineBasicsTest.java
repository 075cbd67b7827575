package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.error.NotFoundException;
import io.simbridge.core.error.RateLimitedException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.SimRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, completion, argument parsing and the exit-code table. */
class CommandLineBasicsTest {
  @TempDir Path home;

  @Test
  void versionAndHelpNeedNoProvider() {
    CliRun cli = new CliRun(home);
    CliRun.Result v = cli.run("--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out()).startsWith("simbridge ");
    CliRun.Result help = cli.run("--help");
    assertThat(help.out())
        .contains(
            "providers",
            "sims",
            "sim",
            "suspend",
            "send-sms",
            "reports",
            "credit",
            "config",
            "completion",
            "Exit status");
    CliRun.Result writeHelp = cli.run("suspend", "--help");
    assertThat(writeHelp.exit()).as(writeHelp.toString()).isZero();
    assertThat(writeHelp.out()).contains("--dry-run", "--yes", "--sims-file", "--sandbox");
    assertThat(cli.run("sim", "state", "--help").out()).contains("--provider");
  }

  @Test
  void completionScriptCoversTheCommands() {
    CliRun.Result r = new CliRun(home).run("completion");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("complete -F", "simbridge", "set-limits", "daily-usage", "--sandbox");
  }

  @Test
  void anUnknownCommandOrOptionIsInvalidInput() {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("frobnicate").exit()).isEqualTo(2);
    assertThat(cli.run("--sandbox", "sims", "list", "--status", "HAPPY").exit()).isEqualTo(2);
    assertThat(cli.run("--sandbox", "sims", "list", "-o", "xml").exit()).isEqualTo(2);
  }

  @Test
  void exitCodesFollowTheErrorType() {
    ErrorDetails d = ErrorDetails.of("thingsmobile", "simStatus");
    assertThat(ExitCode.of(new InvalidInputException("f", "p", "a")).code()).isEqualTo(2);
    assertThat(ExitCode.of(new AuthenticationException(d, "no", null)).code()).isEqualTo(3);
    assertThat(ExitCode.of(new NotFoundException(d, "no", null)).code()).isEqualTo(4);
    assertThat(ExitCode.of(new RateLimitedException(d, Duration.ofSeconds(5), false, null)).code())
        .isEqualTo(5);
    assertThat(ExitCode.of(new AmbiguousOutcomeException(d, null)).code()).isEqualTo(6);
    assertThat(ExitCode.of(new TransportException(d, false, null)).code()).isEqualTo(7);
    assertThat(ExitCode.of(new MalformedResponseException(d, "bad", null, null)).code())
        .isEqualTo(1);
    assertThat(
            ExitCode.ofRun(
                List.of(Optional.empty(), Optional.of(new NotFoundException(d, "no", null)))))
        .isEqualTo(ExitCode.PARTIAL_FAILURE);
    assertThat(
            ExitCode.ofRun(
                List.of(Optional.of(new RateLimitedException(d, Duration.ZERO, true, null)))))
        .isEqualTo(ExitCode.RATE_LIMITED);
    assertThat(ExitCode.describe(new RateLimitedException(d, Duration.ofSeconds(5), false, null)))
        .contains("[thingsmobile simStatus]", "what to do: wait", "exit 5");
  }

  @Test
  void simsAreParsedAsShellUsersWriteThem() {
    assertThat(Sims.parse("8944501312167518236")).isEqualTo(SimRef.iccid("8944501312167518236"));
    assertThat(Sims.parse("+882360000000004")).isEqualTo(SimRef.msisdn("882360000000004"));
    assertThat(Sims.parse("msisdn:882360000000004")).isEqualTo(SimRef.msisdn("882360000000004"));
    assertThat(Sims.parse("AAA0_00000000001")).isEqualTo(SimRef.account("AAA0_00000000001"));
    assertThatThrownBy(() -> Sims.parse("imsi:1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("imsi");
  }

  @Test
  void volumesTellDecimalAndBinaryUnitsApart() {
    Volumes v = new Volumes();
    assertThat(v.convert("100MiB")).isEqualTo(DataVolume.ofBytes(104_857_600));
    assertThat(v.convert("1.5GB")).isEqualTo(DataVolume.ofBytes(1_500_000_000));
    assertThat(v.convert("512")).isEqualTo(DataVolume.ofBytes(512));
    assertThatThrownBy(() -> v.convert("5 parsecs")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void routesAreParsedInOrder() {
    assertThat(Session.routes("msisdn:88236=thingsmobile, iccid:894430-894439=m2miportal"))
        .extracting(Object::toString)
        .containsExactly("msisdn 88236* -> thingsmobile", "iccid 894430*..894439* -> m2miportal");
    assertThatThrownBy(() -> Session.routes("88236=thingsmobile"))
        .isInstanceOf(InvalidInputException.class);
  }
}
