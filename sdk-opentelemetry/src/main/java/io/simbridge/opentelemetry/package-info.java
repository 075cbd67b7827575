/**
 * Traces of simbridge calls in OpenTelemetry: register an
 * {@link io.simbridge.opentelemetry.OpenTelemetryCallListener} with a client builder's
 * {@code addListener}.
 */
package io.simbridge.opentelemetry;
