/**
 * One API over several providers at once: {@link io.simbridge.fleet.SimFleet} routes each SIM to
 * the provider that owns it and fans operations out with per-provider bounds, returning one
 * {@link io.simbridge.fleet.SimResult} or {@link io.simbridge.fleet.WriteOutcome} per SIM.
 */
package io.simbridge.fleet;
