package io.simbridge.testkit.conformance;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.SimRef;
import io.simbridge.testkit.ProviderEmulator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a provider module hands the conformance suites: its neutral view configured against a
 * running emulator, and SIMs the emulator knows. The suites reset the emulator before each test. Configure the client and the emulator with the
 * same {@link io.simbridge.core.time.ManualClock} (as clock and sleeper) so that documented call
 * limits do not slow the suites down.
 */
public interface ConformanceFixture {

  /** @return the provider's neutral view, against {@link #emulator()}, with valid credentials */
  SimProvider provider();

  /** @return the same provider configured with credentials the emulator refuses */
  SimProvider providerWithWrongCredentials();

  /** @return the running emulator behind {@link #provider()} */
  ProviderEmulator<?> emulator();

  /** @return a SIM the emulator knows, in the form this provider accepts (active, usable) */
  SimRef knownSim();

  /** @return a well-formed reference to a SIM the emulator does not know */
  SimRef unknownSim();

  /**
   * @param capability a capability the suite is about to exercise
   * @return the SIM to exercise it on; {@link #knownSim()} unless a capability needs another
   *     (activation needs a SIM not yet active)
   */
  default SimRef simFor(Capability capability) {
    return knownSim();
  }

  /** @return the start of a range that holds usage records and credit movements */
  default Instant rangeStart() {
    return Instant.parse("2025-01-01T00:00:00Z");
  }

  /** @return the end of that range */
  default Instant rangeEnd() {
    return Instant.parse("2026-12-31T00:00:00Z");
  }

  /** @return the first day of a period that holds report rows */
  default LocalDate reportFrom() {
    return LocalDate.of(2024, 10, 1);
  }

  /** @return the last day of that period */
  default LocalDate reportTo() {
    return LocalDate.of(2024, 10, 31);
  }

  /** @return the start of an overall-report period */
  default OffsetDateTime overallFrom() {
    return OffsetDateTime.of(2024, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  }

  /** @return the end of that period */
  default OffsetDateTime overallTo() {
    return OffsetDateTime.of(2024, 10, 4, 0, 0, 0, 0, ZoneOffset.UTC);
  }
}
