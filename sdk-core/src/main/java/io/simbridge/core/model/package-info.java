/**
 * Provider-neutral value types and models: identifiers ({@link io.simbridge.core.model.Iccid},
 * {@link io.simbridge.core.model.Msisdn}, {@link io.simbridge.core.model.SimRef}), data volumes,
 * money, SIM state, usage, activity, contract terms, usage records and report rows.
 *
 * <p>Models keep the provider's raw value wherever they normalise one.
 */
package io.simbridge.core.model;
