/**
 * Time as simbridge sees it: an injectable {@link io.simbridge.core.time.Sleeper} and, for
 * tests, {@link io.simbridge.core.time.ManualClock}, which moves only when told to.
 */
package io.simbridge.core.time;
