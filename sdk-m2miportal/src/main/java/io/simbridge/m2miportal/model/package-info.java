/**
 * The M2M iPortal client's requests and answers, in the provider's own terms and units but typed:
 * {@link java.time.Instant} for its UTC timestamps, {@link io.simbridge.core.model.DataVolume} for
 * its decimal megabytes, enums that keep the provider's raw value where it may send one simbridge
 * does not know.
 */
package io.simbridge.m2miportal.model;
