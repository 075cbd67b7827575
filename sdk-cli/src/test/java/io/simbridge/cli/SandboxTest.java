package io.simbridge.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that run the command line against one embedded sandbox per class, reset before each test:
 * starting four web servers for every run would cost seconds each.
 */
abstract class SandboxTest {
  static final String TM_ACTIVE = "882361000000001";
  static final String TM_ACTIVE_2 = "882361000000002";
  static final String TM_SUSPENDED = "882361000000008";
  static final String M2M_ACTIVE = "8944300000000000016";
  static final String FREEBIT = "819000000000";

  static Sandbox sandbox;

  @TempDir Path home;
  CliRun cli;

  @BeforeAll
  static void startSandbox() {
    sandbox = new Sandbox().start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void resetSandbox() {
    sandbox.reset();
    cli = new CliRun(home);
    cli.sandbox = sandbox;
  }
}
