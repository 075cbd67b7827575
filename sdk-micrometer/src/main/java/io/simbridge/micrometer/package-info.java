/**
 * Metrics of simbridge calls in Micrometer: register a
 * {@link io.simbridge.micrometer.MicrometerCallListener} with a client builder's
 * {@code addListener}.
 */
package io.simbridge.micrometer;
