/**
 * Conformance suites every provider's neutral view passes against its emulator: one test class
 * per provider implements {@link io.simbridge.testkit.conformance.SimOperationsConformance},
 * {@link io.simbridge.testkit.conformance.TrafficQueriesConformance} and
 * {@link io.simbridge.testkit.conformance.ReportQueriesConformance} (JUnit 5 interfaces with
 * default tests) and returns a {@link io.simbridge.testkit.conformance.ConformanceFixture}.
 */
package io.simbridge.testkit.conformance;
