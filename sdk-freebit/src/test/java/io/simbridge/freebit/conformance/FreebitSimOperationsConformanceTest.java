package io.simbridge.freebit.conformance;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.freebit.FreebitEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreebitSimOperationsConformanceTest extends SimOperationsConformance {
  @RegisterExtension
  static EmulatorExtension<FreebitEmulator> emulator = FreebitFixture.extension();

  private final FreebitFixture fixture = new FreebitFixture(emulator.emulator());

  @Override
  protected ConformanceFixture fixture() {
    return fixture;
  }
}
