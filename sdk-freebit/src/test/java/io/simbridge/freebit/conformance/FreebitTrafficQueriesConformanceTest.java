package io.simbridge.freebit.conformance;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.TrafficQueriesConformance;
import io.simbridge.testkit.freebit.FreebitEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreebitTrafficQueriesConformanceTest extends TrafficQueriesConformance {
  @RegisterExtension
  static EmulatorExtension<FreebitEmulator> emulator = FreebitFixture.extension();

  private final FreebitFixture fixture = new FreebitFixture(emulator.emulator());

  @Override
  protected ConformanceFixture fixture() {
    return fixture;
  }
}
