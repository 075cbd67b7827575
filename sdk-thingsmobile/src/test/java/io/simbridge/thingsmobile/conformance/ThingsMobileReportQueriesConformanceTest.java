package io.simbridge.thingsmobile.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.testkit.EmulatorExtension;
import io.simbridge.testkit.conformance.ConformanceFixture;
import io.simbridge.testkit.conformance.ReportQueriesConformance;
import io.simbridge.testkit.thingsmobile.ThingsMobileEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThingsMobileReportQueriesConformanceTest extends ReportQueriesConformance {
  @RegisterExtension
  static EmulatorExtension<ThingsMobileEmulator> emulator = ThingsMobileFixture.extension();

  private final ThingsMobileFixture fixture = new ThingsMobileFixture(emulator.emulator());

  @Override
  protected ConformanceFixture fixture() {
    return fixture;
  }

  @AfterEach
  void theDocumentedCallLimitsWereNeverBroken() {
    assertThat(emulator.emulator().rateLimitAnswers()).isZero();
  }
}
