package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command through picocli, in-process, against the embedded sandbox (--sandbox). */
class SandboxCommandsTest extends SandboxTest {

  @Test
  void providersPrintsTheCapabilityMatrixAsATableAndOneRecordPerProviderAsJson() {
    CliRun.Result table = cli.run("--sandbox", "providers");
    assertThat(table.exit()).as(table.toString()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .contains("capability", "freebit", "horisen", "m2miportal", "thingsmobile");
    assertThat(table.out()).containsPattern("SEND_SMS +\\| +\\| +\\| yes +\\| yes");

    JsonNode json = cli.run("--sandbox", "providers", "-o", "json").json();
    assertThat(json).hasSize(4);
    assertThat(json.get(3).get("provider").asText()).isEqualTo("thingsmobile");
    assertThat(json.get(3).get("capabilities").toString()).contains("\"LIST_SIMS\"");
  }

  @Test
  void simsListStreamsTheSandboxSimsAndFiltersByStatus() {
    CliRun.Result limited = cli.run("--sandbox", "sims", "list", "--limit", "3", "-o", "jsonl");
    assertThat(limited.exit()).as(limited.toString()).isZero();
    assertThat(limited.jsonLines())
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.get("provider").asText()).isEqualTo("thingsmobile"));

    CliRun.Result suspended =
        cli.run("--sandbox", "sims", "list", "--status", "SUSPENDED", "-o", "jsonl");
    assertThat(suspended.jsonLines())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("state").asText()).isEqualTo("SUSPENDED"));

    CliRun.Result two =
        cli.run("--sandbox", "sims", "list", "--status", "not_activated,suspended", "-o", "jsonl");
    assertThat(two.jsonLines())
        .extracting(r -> r.get("state").asText())
        .contains("SUSPENDED", "NOT_ACTIVATED")
        .doesNotContain("ACTIVE");
  }

  @Test
  void simStateRoutesEachSimToItsProviderAndKeepsTheOrderGiven() {
    CliRun.Result r =
        cli.run("--sandbox", "sim", "state", TM_SUSPENDED, M2M_ACTIVE, TM_ACTIVE, "-o", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode rows = r.json();
    assertThat(rows)
        .extracting(n -> n.get("sim").asText())
        .containsExactly(TM_SUSPENDED, M2M_ACTIVE, TM_ACTIVE);
    assertThat(rows)
        .extracting(n -> n.get("provider").asText())
        .containsExactly("thingsmobile", "m2miportal", "thingsmobile");
    assertThat(rows.get(0).get("state").asText()).isEqualTo("SUSPENDED");
    assertThat(rows.get(1).get("state").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void oneFailedSimOfManyIsItsRowsErrorAndExitsWithPartialFailure() {
    CliRun.Result r =
        cli.run("--sandbox", "sim", "state", TM_ACTIVE, "882360000000001", "-o", "json");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.PARTIAL_FAILURE.code());
    assertThat(r.json().get(0).get("error").isNull()).isTrue();
    assertThat(r.json().get(1).get("error").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aSingleSimNotFoundExitsWithNotFoundAndSaysWhoFailedAndWhatToDo() {
    CliRun.Result r = cli.run("--sandbox", "sim", "state", "882360000000001");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(r.err()).contains("[thingsmobile simStatus]", "what to do:", "exit 4");
  }

  @Test
  void usageIsInBytesInCsvAndHumanReadableInTables() {
    CliRun.Result csv = cli.run("--sandbox", "sim", "usage", TM_ACTIVE, "-o", "csv");
    assertThat(csv.out().lines().toList())
        .containsExactly(
            "sim,provider,todayBytes,thisMonthBytes,totalBytes,remainingBytes,smsCount,voiceMinutes,error,message",
            TM_ACTIVE + ",thingsmobile,100000,1200000,4800000,10485760,,,,");
    CliRun.Result table = cli.run("--sandbox", "sim", "usage", TM_ACTIVE);
    assertThat(table.out()).contains("10 MiB", "97.7 KiB").doesNotContain("todayBytes");
  }

  @Test
  void dailyUsageLastActivityAndContractReachTheProvidersThatHaveThem() {
    CliRun.Result daily = cli.run("--sandbox", "sim", "daily-usage", FREEBIT, "-o", "json");
    assertThat(daily.exit()).as(daily.toString()).isZero();
    assertThat(daily.json().get(0).get("todayBytes").isNumber()).isTrue();
    assertThat(daily.json().get(0).get("recentDaysBytes").isArray()).isTrue();

    CliRun.Result activity = cli.run("--sandbox", "sim", "last-activity", M2M_ACTIVE, "-o", "json");
    assertThat(activity.json().get(0).get("kind").asText()).isEqualTo("SMS");

    CliRun.Result contract = cli.run("--sandbox", "sim", "contract", M2M_ACTIVE, "-o", "json");
    assertThat(contract.json().get(0).get("monthsRemaining").asInt()).isEqualTo(1);
  }

  @Test
  void cdrsStreamEverySimsRecordsInTheRange() {
    CliRun.Result r =
        cli.run(
            "--sandbox",
            "sim",
            "cdrs",
            TM_ACTIVE,
            "--from",
            "2025-12-31",
            "--to",
            "2026-01-02",
            "-o",
            "jsonl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.jsonLines())
        .hasSize(5)
        .allSatisfy(n -> assertThat(n.get("volumeBytes").isNumber()).isTrue());
  }

  @Test
  void anOperationTheProviderLacksIsInvalidInputBeforeAnyCall() {
    CliRun.Result r = cli.run("--sandbox", "sim", "state", FREEBIT);
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("freebit", "SIM_STATE");
  }

  @Test
  void writesRunThroughTheFleetOneOutcomePerSim() {
    CliRun.Result r = cli.run("--sandbox", "suspend", TM_ACTIVE, M2M_ACTIVE, "-o", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.json()).extracting(n -> n.get("status").asText()).containsExactly("DONE", "DONE");

    CliRun.Result rename =
        cli.run("--sandbox", "rename", TM_ACTIVE, "--name", "pump-7", "-o", "jsonl");
    assertThat(rename.jsonLines().get(0).get("status").asText()).isEqualTo("DONE");

    CliRun.Result topUp = cli.run("--sandbox", "top-up", TM_ACTIVE, "--amount", "100MiB");
    assertThat(topUp.exit()).as(topUp.toString()).isZero();
  }

  @Test
  void aDryRunPrintsThePlanAndRefusesWhatAProviderCannotDo() {
    CliRun.Result r =
        cli.run(
            "--sandbox", "rename", TM_ACTIVE, M2M_ACTIVE, "--name", "x", "--dry-run", "-o", "json");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.json())
        .extracting(n -> n.get("status").asText())
        .containsExactly("PLANNED", "REFUSED");
    assertThat(r.json().get(1).get("message").asText()).contains("RENAME");
  }

  @Test
  void simsComeFromAFileOrStandardInputToo() {
    cli.stdin = "# SIMs to read\n" + TM_ACTIVE + ",pump\n\n" + M2M_ACTIVE + "\n";
    CliRun.Result r = cli.run("--sandbox", "sim", "state", "--sims-file", "-", "-o", "jsonl");
    assertThat(r.jsonLines())
        .extracting(n -> n.get("sim").asText())
        .containsExactly(TM_ACTIVE, M2M_ACTIVE);
  }

  @Test
  void reportsStreamRowsAsCsvWithFilters() {
    CliRun.Result all =
        cli.run(
            "--sandbox",
            "reports",
            "customer",
            "--from",
            "2024-10-01",
            "--to",
            "2024-10-31",
            "-o",
            "csv");
    assertThat(all.exit()).as(all.toString()).isZero();
    List<String> lines = all.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Rows.REPORT));
    assertThat(lines).hasSizeGreaterThan(2);

    CliRun.Result de =
        cli.run(
            "--sandbox",
            "reports",
            "customer",
            "--from",
            "2024-10-01",
            "--to",
            "2024-10-31",
            "--country",
            "DE",
            "-o",
            "jsonl");
    assertThat(de.jsonLines())
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.get("countryCode").asText()).isEqualTo("DE"));

    CliRun.Result overall =
        cli.run(
            "--sandbox",
            "reports",
            "overall",
            "--from",
            "2024-10-01",
            "--to",
            "2024-10-02",
            "--group-by",
            "country",
            "-o",
            "json");
    assertThat(overall.exit()).as(overall.toString()).isZero();
    assertThat(overall.json().size()).isPositive();
  }

  @Test
  void creditShowsTheBalanceAndStreamsTheHistory() {
    CliRun.Result balance = cli.run("--sandbox", "credit", "-o", "json");
    assertThat(balance.exit()).as(balance.toString()).isZero();
    assertThat(balance.json().get(0).get("provider").asText()).isEqualTo("thingsmobile");
    assertThat(balance.json().get(0).get("amount").isNumber()).isTrue();

    CliRun.Result history =
        cli.run(
            "--sandbox",
            "credit",
            "--history",
            "--from",
            "2025-01-01",
            "--to",
            "2026-12-31",
            "-o",
            "jsonl");
    assertThat(history.exit()).as(history.toString()).isZero();
    assertThat(history.jsonLines()).isNotEmpty();
  }
}
