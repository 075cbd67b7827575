package io.simbridge.m2miportal.conformance;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.SimOperationsConformance;
import io.simbridge.testkit.m2miportal.M2mIportalEmulator;
import org.junit.jupiter.api.extension.RegisterExtension;

class M2mIportalSimOperationsConformanceTest extends SimOperationsConformance {
  @RegisterExtension
  static EmulatorExtension<M2mIportalEmulator> emulator = M2mIportalFixture.extension();

  private final M2mIportalFixture fixture = new M2mIportalFixture(emulator.emulator());

  @Override
  protected ConformanceFixture fixture() {
    return fixture;
  }
}
