package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Writes never send on a dry run, ask before touching several SIMs at a terminal, and send once. */
class WriteSafetyTest extends SandboxTest {

  @Test
  void aDryRunSendsNothing() {
    CliRun.Result r =
        cli.run("--sandbox", "suspend", TM_ACTIVE, TM_ACTIVE_2, "--dry-run", "-o", "jsonl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsExactly("PLANNED", "PLANNED");
    assertThat(sandbox.thingsMobile().totalRequests()).isZero();
    assertThat(sandbox.thingsMobile().statusOf(TM_ACTIVE)).isEqualTo("active");
  }

  @Test
  void atATerminalSeveralSimsAreWrittenOnlyAfterYes() {
    CliRun.FakeTerminal no = new CliRun.FakeTerminal("n");
    cli.terminal = no;
    CliRun.Result refused = cli.run("--sandbox", "suspend", TM_ACTIVE, TM_ACTIVE_2);
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCode.CANCELLED.code());
    assertThat(no.prompts)
        .singleElement()
        .asString()
        .contains("suspend on 2 SIMs", "thingsmobile=2");
    assertThat(refused.out()).isEmpty();
    assertThat(sandbox.thingsMobile().requests("blockSim")).isZero();

    cli.terminal = new CliRun.FakeTerminal("y");
    CliRun.Result accepted = cli.run("--sandbox", "suspend", TM_ACTIVE, TM_ACTIVE_2);
    assertThat(accepted.exit()).as(accepted.toString()).isZero();
    assertThat(sandbox.thingsMobile().statusOf(TM_ACTIVE)).isEqualTo("suspended");
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(2);
  }

  @Test
  void yesSkipsThePromptAndOneSimIsNeverAsked() {
    CliRun.FakeTerminal terminal = new CliRun.FakeTerminal("n");
    cli.terminal = terminal;
    assertThat(cli.run("--sandbox", "suspend", TM_ACTIVE, TM_ACTIVE_2, "--yes").exit()).isZero();
    assertThat(cli.run("--sandbox", "resume", TM_ACTIVE).exit()).isZero();
    assertThat(terminal.prompts).isEmpty();
    assertThat(sandbox.thingsMobile().statusOf(TM_ACTIVE)).isEqualTo("active");
  }

  @Test
  void aWriteWhoseAnswerIsLostIsAmbiguousAndNotRepeated() {
    sandbox
        .thingsMobile()
        .faults()
        .inject("blockSim", io.simbridge.testkit.EmulatorFault.connectionReset());
    CliRun.Result r = cli.run("--sandbox", "suspend", TM_ACTIVE, "-o", "json");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.AMBIGUOUS_OUTCOME.code());
    assertThat(r.json().get(0).get("status").asText()).isEqualTo("AMBIGUOUS");
    assertThat(r.err()).contains("[thingsmobile blockSim]", "before sending the write again");
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(1);
  }

  @Test
  void amongManySimsAnAmbiguousOneDecidesTheExitCode() {
    sandbox
        .m2m()
        .faults()
        .inject("set_status", io.simbridge.testkit.EmulatorFault.connectionReset());
    CliRun.Result r =
        cli.run("--sandbox", "suspend", TM_ACTIVE, M2M_ACTIVE, "882360000000001", "-o", "jsonl");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.AMBIGUOUS_OUTCOME.code());
    assertThat(r.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsExactly("DONE", "AMBIGUOUS", "FAILED");
  }

  @Test
  void aSimNamedTwiceIsRefusedBeforeAnythingIsSent() {
    CliRun.Result r = cli.run("--sandbox", "suspend", TM_ACTIVE, TM_ACTIVE, "--yes");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(sandbox.thingsMobile().totalRequests()).isZero();
  }

  @Test
  void badWriteArgumentsAreInvalidInput() {
    CliRun.Result r = cli.run("--sandbox", "top-up", TM_ACTIVE, "--amount", "lots");
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("--amount", "MiB");
    assertThat(cli.run("--sandbox", "rename", TM_ACTIVE).exit())
        .isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(cli.run("--sandbox", "suspend").exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
  }
}
