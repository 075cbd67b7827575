/**
 * Text helpers shared by core and the provider modules: escaping values quoted in messages.
 */
package io.simbridge.core.internal.text;
