package io.simbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example runs against the embedded emulators and prints what its calls returned. */
class ExamplesTest {

  private static String run(
      java.util.function.BiConsumer<ExampleEnvironment, PrintStream> example,
      Map<String, String> environment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ExampleEnvironment env = new ExampleEnvironment(environment);
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(env, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void thingsMobileShowsItsWritesTakingEffect() {
    String out = run(ThingsMobileExample::run, Map.of());

    assertThat(out)
        .contains(
            "embedded emulator",
            "simStatus of 882361000000000",
            "credit: 100.00 EUR",
            "| example-pump-7 |",
            "| suspended ",
            "getCdrPaginated: 3 CDRs shown");
  }

  @Test
  void horisenShowsReportsJsonCsvAndNeutral() {
    assertThat(run(HorisenExample::run, Map.of()))
        .contains(
            "the server also groups by [currencyCode]",
            "Switzerland",
            "streamed row by row: 40 rows",
            "neutral overall report by country and day: 6 rows");
  }

  @Test
  void freebitShowsAPhoneNumberAndAShareGroup() {
    assertThat(run(FreebitExample::run, Map.of()))
        .contains("09000000004", "AAA0_00000000001", "[104, 204, 304]");
  }

  @Test
  void m2mIportalShowsEveryInformationRequestAndTheWrites() {
    assertThat(run(M2mIportalExample::run, Map.of()))
        .contains(
            "no traffic history",
            "MINIMUM_TERM",
            "Reboot at 02:00 {job 42}",
            "suspend | SUSPENDED");
  }

  @Test
  void theMixedFleetReadsAThousandSimsInOneCall() {
    assertThat(run(MixedFleetExample::run, Map.of()))
        .contains("states of 1000 SIMs in one call", "1000/1000", "thingsmobile | credit balance");
  }

  @Test
  void aBulkJobKilledHalfwayIsResumedWithoutSendingAnyWriteTwice() {
    String out = run(BulkJobExample::run, Map.of());

    assertThat(out)
        .contains(
            "dry run: 40 blockSim calls",
            "0 blockSim requests so far",
            "worker killed:",
            "IN_FLIGHT=1",
            "final: 40/40 DONE; blockSim requests: 40 for 40 SIMs",
            "index,iccid,msisdn");
  }

  @Test
  void theObservedFleetPrintsTheMetricsOfItsCallsByProviderAndOperation() {
    String out = run(ObservedFleetExample::run, Map.of());

    assertThat(out)
        .contains("states of 1000 SIMs in one call", "Metrics recorded during the mixed-fleet run");
    java.util.List<String> meters =
        out.lines().filter(l -> l.contains("simbridge.client.")).toList();
    assertThat(meters)
        .anyMatch(
            l ->
                l.contains("simbridge.client.calls")
                    && l.contains("thingsmobile")
                    && l.contains("simStatus")
                    && l.contains("outcome=success"));
    assertThat(meters)
        .anyMatch(l -> l.contains("simbridge.client.calls") && l.contains("m2miportal"));
    assertThat(meters).anyMatch(l -> l.contains("simbridge.client.calls") && l.contains("freebit"));
    assertThat(meters)
        .anyMatch(l -> l.contains("simbridge.client.call.limit.waits") && l.contains("simStatus"));
    assertThat(meters)
        .anyMatch(l -> l.contains("simbridge.client.token.renewals") && l.contains("reason=first"));
  }

  @Test
  void againstAConfiguredServiceNothingIsWrittenUnlessAllowed() {
    // A provider configured from the environment is not emulated, so writes need an explicit yes.
    Map<String, String> env =
        Map.of(
            "SIMBRIDGE_M2MIPORTAL_USERNAME",
            "u",
            "SIMBRIDGE_M2MIPORTAL_PASSWORD",
            "p",
            "SIMBRIDGE_M2MIPORTAL_API_ID",
            "1",
            "SIMBRIDGE_M2MIPORTAL_BASE_URL",
            "http://127.0.0.1:9");
    try (ExampleEnvironment configured = new ExampleEnvironment(env)) {
      assertThat(configured.emulated("m2miportal")).isFalse();
      assertThat(configured.writesAllowed("m2miportal")).isFalse();
      assertThat(configured.emulated("thingsmobile")).isTrue();
    }
    Map<String, String> withWrites = new java.util.HashMap<>(env);
    withWrites.put("SIMBRIDGE_EXAMPLES_ALLOW_WRITES", "true");
    try (ExampleEnvironment allowed = new ExampleEnvironment(withWrites)) {
      assertThat(allowed.writesAllowed("m2miportal")).isTrue();
    }
    // Without SIMs named for the real service, the example says so instead of guessing.
    assertThat(run(M2mIportalExample::run, env))
        .contains("no SIMs: set SIMBRIDGE_EXAMPLES_M2MIPORTAL_ICCIDS");
  }
}
