package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Providers configured the way a shell user configures them: a profiles file, SIMBRIDGE_* variables
 * and simbridge.* properties, against emulators standing in for the real services.
 */
class ConfigurationTest {
  @RegisterExtension
  static EmulatorExtension<M2mIportalEmulator> m2m =
      EmulatorExtension.of(() -> M2mIportalEmulator.builder().build());

  @RegisterExtension
  static EmulatorExtension<ThingsMobileEmulator> tm =
      EmulatorExtension.of(() -> ThingsMobileEmulator.builder().build());

  @TempDir Path home;
  CliRun cli;

  @BeforeEach
  void setUp() {
    cli = new CliRun(home);
  }

  private Path profiles(String text) throws IOException {
    Path dir = Files.createDirectories(home.resolve(".simbridge"));
    return Files.writeString(dir.resolve("config.properties"), text);
  }

  @Test
  void configShowMasksEverySecretWhateverItsSource() throws IOException {
    profiles(
        "default.m2miportal.password=file-secret-1\ndefault.m2miportal.base-url=http://127.0.0.1:1\n");
    cli.env.put("SIMBRIDGE_THINGSMOBILE_TOKEN", "env-secret-2");
    cli.env.put("SIMBRIDGE_THINGSMOBILE_USERNAME", "env-user-3");
    cli.system.setProperty("simbridge.m2miportal.api-id", "prop-secret-4");
    for (String format : new String[] {"table", "json", "jsonl", "csv"}) {
      CliRun.Result r = cli.run("config", "show", "-o", format);
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out() + r.err())
          .doesNotContain("file-secret-1", "env-secret-2", "env-user-3", "prop-secret-4")
          .contains("http://127.0.0.1:1", "SIMBRIDGE_THINGSMOBILE_TOKEN", "********");
    }
  }

  @Test
  void aProfileFromTheFileConfiguresTheProviderAndEnvironmentOverridesIt() throws IOException {
    Path file =
        profiles(
            "prod.m2miportal.base-url="
                + m2m.emulator().baseUrl()
                + "\n"
                + "prod.m2miportal.username="
                + M2mIportalEmulator.USERNAME
                + "\n"
                + "prod.m2miportal.password=wrong\n"
                + "prod.m2miportal.api-id="
                + M2mIportalEmulator.API_ID
                + "\n");
    String iccid = m2m.emulator().iccids().get(0);
    CliRun.Result wrong = cli.run("--profile", "prod", "sim", "state", iccid);
    assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(ExitCode.AUTHENTICATION.code());
    assertThat(wrong.err()).contains("m2miportal", "credentials").doesNotContain("wrong");

    cli.env.put("SIMBRIDGE_M2MIPORTAL_PASSWORD", M2mIportalEmulator.PASSWORD);
    CliRun.Result right =
        cli.run(
            "--config", file.toString(), "--profile", "prod", "sim", "state", iccid, "-o", "jsonl");
    assertThat(right.exit()).as(right.toString()).isZero();
    assertThat(right.jsonLines().get(0).get("state").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void anUnknownProfileOrFileIsInvalidInputNamingWhatExists() throws IOException {
    profiles("prod.m2miportal.username=u\nstaging.m2miportal.username=u\n");
    CliRun.Result r = cli.run("--profile", "qa", "providers");
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("qa", "prod, staging");
    assertThat(cli.run("--config", home.resolve("none.properties").toString(), "providers").exit())
        .isEqualTo(ExitCode.INVALID_INPUT.code());
  }

  @Test
  void withoutAnyProviderReadsSayHowToConfigureOne() {
    CliRun.Result r = cli.run("sim", "state", "882360000000004");
    assertThat(r.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(r.err()).contains("SIMBRIDGE_<PROVIDER>_*", "--sandbox");
  }

  @Test
  void routesFromTheEnvironmentSendEachSimToItsProvider() {
    cli.env.put("SIMBRIDGE_THINGSMOBILE_BASE_URL", tm.emulator().baseUrl());
    cli.env.put("SIMBRIDGE_THINGSMOBILE_USERNAME", ThingsMobileEmulator.USERNAME);
    cli.env.put("SIMBRIDGE_THINGSMOBILE_TOKEN", ThingsMobileEmulator.TOKEN);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_BASE_URL", m2m.emulator().baseUrl());
    cli.env.put("SIMBRIDGE_M2MIPORTAL_USERNAME", M2mIportalEmulator.USERNAME);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_PASSWORD", M2mIportalEmulator.PASSWORD);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_API_ID", M2mIportalEmulator.API_ID);
    cli.env.put("SIMBRIDGE_ROUTES", "msisdn:88236=thingsmobile, iccid:894430-894439=m2miportal");
    String tmSim = tm.emulator().generatedMsisdns().get(0);
    String m2mSim = m2m.emulator().iccids().get(0);
    CliRun.Result r = cli.run("suspend", tmSim, m2mSim, "-o", "jsonl");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.jsonLines())
        .extracting(n -> n.get("provider").asText())
        .containsExactly("thingsmobile", "m2miportal");
    assertThat(tm.emulator().statusOf(tmSim)).isEqualTo("suspended");
    assertThat(m2m.emulator().statusOf(m2mSim)).isEqualTo("deactivated");

    CliRun.Result unroutable = cli.run("suspend", "12345678", "-o", "jsonl");
    assertThat(unroutable.exit()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(unroutable.jsonLines().get(0).get("provider").isNull()).isTrue();
  }

  @Test
  void aTransportFailureOfAReadExitsWithTransport() {
    cli.env.put("SIMBRIDGE_M2MIPORTAL_BASE_URL", m2m.emulator().baseUrl());
    cli.env.put("SIMBRIDGE_M2MIPORTAL_USERNAME", M2mIportalEmulator.USERNAME);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_PASSWORD", M2mIportalEmulator.PASSWORD);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_API_ID", M2mIportalEmulator.API_ID);
    cli.env.put("SIMBRIDGE_M2MIPORTAL_MAX_ATTEMPTS", "1");
    m2m.emulator()
        .faults()
        .inject("query_status", io.simbridge.testkit.EmulatorFault.connectionReset());
    CliRun.Result r = cli.run("sim", "state", m2m.emulator().iccids().get(0));
    assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.TRANSPORT.code());
    assertThat(r.err()).contains("[m2miportal query_status]", "network");
  }
}
