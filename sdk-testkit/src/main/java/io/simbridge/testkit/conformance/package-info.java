/**
 * Conformance suites every provider's neutral view passes against its emulator: extend
 * {@link io.simbridge.testkit.conformance.SimOperationsConformance},
 * {@link io.simbridge.testkit.conformance.TrafficQueriesConformance} and
 * {@link io.simbridge.testkit.conformance.ReportQueriesConformance} and implement
 * {@link io.simbridge.testkit.conformance.ConformanceFixture}.
 */
package io.simbridge.testkit.conformance;
