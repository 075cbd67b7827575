package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the built {@code target/simbridge.jar} (and its launcher) run as child processes,
 * as a user runs them after the build. Few processes, since each pays a JVM start.
 */
class SimbridgeJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("simbridge.jar", "target/simbridge.jar"));
  private static final String TM = "882361000000001";
  private static final String M2M = "8944300000000000016";

  @TempDir Path home;

  private CliRun.Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("SIMBRIDGE_"));
    pb.environment().put("SIMBRIDGE_NO_CDS", "1");
    pb.environment().put("SIMBRIDGE_JAVA_OPTS", "-Duser.home=" + home);
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
    return new CliRun.Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private CliRun.Result jar(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home,
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void theJarRunsEveryOutputFormatAgainstTheSandbox() throws Exception {
    CliRun.Result json = jar("--sandbox", "sim", "state", TM, M2M, "-o", "json");
    assertThat(json.exit()).as(json.toString()).isZero();
    assertThat(json.err()).isEmpty();
    JsonNode rows = json.json();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get("provider").asText()).isEqualTo("m2miportal");

    CliRun.Result jsonl = jar("--sandbox", "sims", "list", "--limit", "2", "-o", "jsonl");
    assertThat(jsonl.jsonLines()).hasSize(2);

    CliRun.Result csv =
        jar(
            "--sandbox",
            "reports",
            "customer",
            "--from",
            "2024-10-01",
            "--to",
            "2024-10-31",
            "--country",
            "CH",
            "-o",
            "csv");
    assertThat(csv.exit()).as(csv.toString()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", Rows.REPORT));
    assertThat(csv.out().lines().skip(1))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains(",CH,"));
  }

  @Test
  void theJarExitsWithTheDocumentedCodesAndKeepsStdoutClean() throws Exception {
    CliRun.Result notFound = jar("--sandbox", "sim", "state", "882360000000001");
    assertThat(notFound.exit()).as(notFound.toString()).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(notFound.err()).contains("[thingsmobile simStatus]", "what to do:");
    assertThat(notFound.out()).doesNotContain("what to do");

    CliRun.Result usage = jar("--sandbox", "sims", "list", "--status", "HAPPY");
    assertThat(usage.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
  }

  @Test
  void theLauncherRunsTheJarBesideIt() throws Exception {
    Path launcher = JAR.resolveSibling("simbridge");
    assertThat(Files.isExecutable(launcher)).isTrue();
    CliRun.Result table =
        run(List.of(launcher.toString(), "--sandbox", "suspend", TM, M2M, "--yes"));
    assertThat(table.exit()).as(table.toString()).isZero();
    assertThat(table.out()).contains("DONE").doesNotContain("FAILED");
  }

  /** Issue 19: a bulk write is a durable job in the file, which a second process finds and never runs again. */
  @Test
  void aBulkWriteIsAJobThatASecondProcessFindsAndDoesNotSendAgain() throws Exception {
    String db = home.resolve("jobs.db").toString();
    String[] write = {
      "--sandbox",
      "--jobs-db",
      db,
      "send-sms",
      TM,
      "882361000000002",
      "882361000000003",
      M2M,
      "--text",
      "hello",
      "--job",
      "sms-e2e",
      "-o",
      "jsonl"
    };
    CliRun.Result first = jar(write);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsOnly("DONE")
        .hasSize(4);
    assertThat(first.err()).contains("job sms-e2e");

    CliRun.Result again = jar(write);
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.err()).contains("already exists", "nothing was sent");
    assertThat(again.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsOnly("DONE")
        .hasSize(4);
  }
}
