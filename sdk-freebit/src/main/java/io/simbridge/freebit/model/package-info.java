/**
 * freebit's requests and answers as records in freebit's own terms:
 * {@link io.simbridge.freebit.model.FreebitAccount}, {@link io.simbridge.freebit.model.TrafficInfo}
 * and {@link io.simbridge.freebit.model.BlackList}.
 */
package io.simbridge.freebit.model;
