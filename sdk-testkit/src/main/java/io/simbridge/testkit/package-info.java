/**
 * The simbridge test kit: WireMock-based emulators of the providers that keep state, page over
 * generated data, enforce documented call limits and inject faults on demand
 * ({@link io.simbridge.testkit.ProviderEmulator}, {@link io.simbridge.testkit.FaultSwitches}),
 * and a JUnit 5 extension that runs them ({@link io.simbridge.testkit.EmulatorExtension}).
 */
package io.simbridge.testkit;
