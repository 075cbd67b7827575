package io.simbridge.horisen.conformance;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.horisen.HorisenEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

class HorisenSimOperationsConformanceTest extends SimOperationsConformance {
  @RegisterExtension
  static EmulatorExtension<HorisenEmulator> emulator = HorisenFixture.extension();

  private final HorisenFixture fixture = new HorisenFixture(emulator.emulator());

  @Override
  protected ConformanceFixture fixture() {
    return fixture;
  }
}
