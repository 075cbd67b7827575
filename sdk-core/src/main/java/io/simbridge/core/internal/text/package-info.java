/**
 * Text helpers shared by core and the provider modules: escaping values quoted in messages
 * and the plain {@code toString()} of the model records.
 */
package io.simbridge.core.internal.text;
