/**
 * Input checks shared by every provider module, made before anything is sent. Internal: exported
 * only to the provider modules.
 */
package io.simbridge.core.internal.check;
