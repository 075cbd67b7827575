package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.fleet.SimFleet;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobSpec;
import io.simbridge.jobs.JobStore;
import io.simbridge.jobs.JobWrite;
import io.simbridge.testkit.EmulatorFault;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 19: many-SIM writes run as durable jobs, and {@code simbridge jobs ...} manages them. */
class JobsCommandTest extends SandboxTest {
  private static final List<String> TM =
      List.of("882361000000001", "882361000000002", "882361000000003", "882361000000004");

  private String db() {
    return home.resolve("jobs.db").toString();
  }

  @Test
  void severalSimsRunAsAJobThatJobsListAndShowFind() {
    CliRun.Result w =
        cli.run("--sandbox", "--jobs-db", db(), "suspend", TM.get(0), TM.get(1), "-o", "jsonl");
    assertThat(w.exit()).as(w.toString()).isZero();
    assertThat(w.err()).contains("simbridge: job suspend-");
    assertThat(w.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsExactly("DONE", "DONE");
    String name = w.err().replaceAll("(?s).*simbridge: job (\\S+).*", "$1");

    CliRun.Result list = cli.run("--sandbox", "--jobs-db", db(), "jobs", "list", "-o", "jsonl");
    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.jsonLines())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.get("name").asText()).isEqualTo(name);
              assertThat(j.get("operation").asText()).isEqualTo("suspend");
              assertThat(j.get("done").asInt()).isEqualTo(2);
            });
    CliRun.Result show =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "show", name, "-o", "jsonl");
    assertThat(show.exit()).as(show.toString()).isZero();
    assertThat(show.jsonLines())
        .extracting(n -> n.get("sim").asText())
        .containsExactly(TM.get(0), TM.get(1));
    assertThat(cli.run("--sandbox", "--jobs-db", db(), "jobs", "show", "nope").exit())
        .isEqualTo(ExitCode.INVALID_INPUT.code());
  }

  @Test
  void theSameJobNameAgainShowsTheJobAndSendsNothing() {
    String[] args = {
      "--sandbox",
      "--jobs-db",
      db(),
      "send-sms",
      TM.get(0),
      TM.get(1),
      "--text",
      "hi",
      "--job",
      "sms1",
      "-o",
      "jsonl"
    };
    assertThat(cli.run(args).exit()).isZero();
    CliRun.Result again = cli.run(args);
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.err()).contains("already exists", "nothing was sent");
    assertThat(again.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsExactly("DONE", "DONE");
    assertThat(sandbox.thingsMobile().requests("sendSms")).isEqualTo(2);

    CliRun.Result other =
        cli.run(
            "--sandbox",
            "--jobs-db",
            db(),
            "send-sms",
            TM.get(0),
            "--text",
            "other",
            "--job",
            "sms1");
    assertThat(other.exit()).as(other.toString()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(sandbox.thingsMobile().requests("sendSms")).isEqualTo(2);
  }

  @Test
  void aDryRunPrintsCallsAndTimePerProviderAndSendsNothing() {
    CliRun.Result r =
        cli.run(
            "--sandbox",
            "--jobs-db",
            db(),
            "send-sms",
            TM.get(0),
            TM.get(1),
            TM.get(2),
            M2M_ACTIVE,
            "--text",
            "hi",
            "--dry-run",
            "-o",
            "jsonl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.jsonLines())
        .extracting(n -> n.get("provider").asText())
        .containsExactly("thingsmobile", "thingsmobile", "thingsmobile", "m2miportal");
    assertThat(r.err()).contains("thingsmobile: 3 calls", "m2miportal: 1 calls", "nothing sent");
    assertThat(sandbox.thingsMobile().totalRequests()).isZero();
    assertThat(cli.run("--sandbox", "--jobs-db", db(), "jobs", "list", "-o", "jsonl").out())
        .isEmpty();
  }

  /**
   * Submits a suspend of the four SIMs as {@code job} and runs it in this process over the
   * sandbox, calling {@code onSecond} right after the second SIM was suspended on the emulator.
   */
  private void runUntilSecond(String job, java.util.function.Consumer<BulkJobs> onSecond) {
    AtomicInteger calls = new AtomicInteger();
    Map<String, SimProvider> providers = new HashMap<>(sandbox.providers());
    SimProvider real = providers.get("thingsmobile");
    BulkJobs[] jobs = new BulkJobs[1];
    providers.put(
        "thingsmobile",
        (SimProvider)
            Proxy.newProxyInstance(
                SimProvider.class.getClassLoader(),
                new Class<?>[] {SimProvider.class},
                (proxy, m, a) -> {
                  try {
                    Object r = m.invoke(real, a);
                    if (m.getName().equals("suspend") && calls.incrementAndGet() == 2) {
                      onSecond.accept(jobs[0]);
                    }
                    return r;
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }));
    SimFleet.Builder fleet = SimFleet.builder().providers(providers);
    Sandbox.routes().forEach(fleet::route);
    try (JobStore store = JobStore.sqlite(Path.of(db()));
        SimFleet f = fleet.build()) {
      jobs[0] = BulkJobs.builder().store(store).fleet(f).build();
      jobs[0].submit(
          new JobSpec(job, TM.stream().map(SimRef::msisdn).toList(), JobWrite.suspend()));
      try {
        jobs[0].run(job);
      } catch (IllegalStateException e) {
        // The worker thread died: the job stopped with its row in flight, as a killed process
        // leaves it.
      }
    }
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(2);
  }

  /** A job stopped midway (paused after its second SIM), then finished by {@code jobs resume}. */
  @Test
  void aPausedJobIsFinishedByResumeWithNoSimWrittenTwice() {
    runUntilSecond("stop-midway", jobs -> jobs.pause("stop-midway"));

    CliRun.Result r =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "resume", "stop-midway", "-o", "jsonl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsOnly("DONE")
        .hasSize(4);
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(4);
    TM.forEach(s -> assertThat(sandbox.thingsMobile().statusOf(s)).isEqualTo("suspended"));
  }

  /**
   * The worker thread dies after its second SIM was written, before recording it: resume turns that
   * row AMBIGUOUS (never sent again) and sends the rest; reconcile reads the SIM back and settles it.
   */
  @Test
  void aJobWhoseWorkerDiedMidCallIsResumedWithoutSendingItsRowInFlightAgain() {
    runUntilSecond(
        "killed",
        jobs -> {
          throw new Error("worker thread killed");
        });

    CliRun.Result r =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "resume", "killed", "-o", "jsonl");
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.AMBIGUOUS_OUTCOME.code());
    assertThat(r.jsonLines())
        .extracting(n -> n.get("status").asText())
        .containsExactly("DONE", "AMBIGUOUS", "DONE", "DONE");
    assertThat(r.jsonLines().get(1).get("message").asText()).contains("WorkerLost");
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(4);

    CliRun.Result rec =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "reconcile", "killed", "-o", "jsonl");
    assertThat(rec.exit()).as(rec.toString()).isZero();
    assertThat(rec.jsonLines()).extracting(n -> n.get("status").asText()).containsOnly("DONE");
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(4);
  }

  @Test
  void anAmbiguousRowExitsSixAndReconcileSettlesItWithoutSendingAgain() {
    sandbox.thingsMobile().faults().inject("blockSim", EmulatorFault.connectionReset());
    CliRun.Result w =
        cli.run(
            "--sandbox",
            "--jobs-db",
            db(),
            "suspend",
            TM.get(0),
            TM.get(1),
            "--job",
            "amb",
            "-o",
            "jsonl");
    assertThat(w.exit()).as(w.toString()).isEqualTo(ExitCode.AMBIGUOUS_OUTCOME.code());
    assertThat(w.jsonLines()).extracting(n -> n.get("status").asText()).contains("AMBIGUOUS");
    int sent = sandbox.thingsMobile().requests("blockSim");

    CliRun.Result show =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "show", "amb", "-o", "jsonl");
    assertThat(show.exit()).isEqualTo(ExitCode.AMBIGUOUS_OUTCOME.code());

    CliRun.Result rec =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "reconcile", "amb", "-o", "jsonl");
    assertThat(rec.exit()).as(rec.toString()).isZero();
    assertThat(rec.err()).contains("settled", "0 sent again", "0 left for you");
    assertThat(rec.jsonLines()).extracting(n -> n.get("status").asText()).containsOnly("DONE");
    assertThat(sandbox.thingsMobile().requests("blockSim")).isEqualTo(sent);
  }

  @Test
  void aFailedRowIsAPartialFailureAndExportWritesEveryRow() {
    CliRun.Result w =
        cli.run(
            "--sandbox", "--jobs-db", db(), "suspend", TM.get(0), "999999999999", "--job", "part");
    assertThat(w.exit()).as(w.toString()).isEqualTo(ExitCode.PARTIAL_FAILURE.code());

    CliRun.Result csv = cli.run("--sandbox", "--jobs-db", db(), "jobs", "export", "part");
    assertThat(csv.exit()).as(csv.toString()).isZero();
    assertThat(csv.out().lines().toList())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("index,iccid,msisdn");
    assertThat(csv.out()).contains("DONE", "SKIPPED");

    CliRun.Result jsonl =
        cli.run("--sandbox", "--jobs-db", db(), "jobs", "export", "part", "--format", "jsonl");
    assertThat(jsonl.jsonLines()).hasSize(2);
    assertThat(cli.run("--sandbox", "--jobs-db", db(), "jobs", "show", "part").exit())
        .isEqualTo(ExitCode.PARTIAL_FAILURE.code());
  }

  @Test
  void withoutJobsDbTheSandboxKeepsItsJobsApartFromTheUsersHome() {
    CliRun.Result w = cli.run("--sandbox", "resume", TM_SUSPENDED, TM.get(0), "--job", "tmp");
    assertThat(w.exit()).as(w.toString()).isZero();
    assertThat(home.resolve(".simbridge/jobs.db")).doesNotExist();
    assertThat(cli.run("--sandbox", "jobs", "list", "-o", "csv").out()).contains("tmp");
  }

  @Test
  void aJournalIsReadWithNoProviderConfigured() {
    assertThat(
            cli.run(
                    "--sandbox",
                    "--jobs-db",
                    db(),
                    "tag",
                    TM.get(0),
                    TM.get(1),
                    "--tag",
                    "t",
                    "--job",
                    "t1")
                .exit())
        .isZero();
    CliRun.Result list = cli.run("--jobs-db", db(), "jobs", "list", "-o", "csv");
    assertThat(list.exit()).as(list.toString()).isZero();
    assertThat(list.out()).contains("t1,tag,ACTIVE,2,0,0,2");
    CliRun.Result show =
        cli.run("--jobs-url", "jdbc:sqlite:" + db(), "jobs", "show", "t1", "-o", "jsonl");
    assertThat(show.exit()).as(show.toString()).isZero();
    assertThat(show.jsonLines()).hasSize(2);
    CliRun.Result resume = cli.run("--jobs-db", db(), "jobs", "resume", "t1");
    assertThat(resume.exit()).as(resume.toString()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(resume.err()).contains("none is configured");
  }
}
