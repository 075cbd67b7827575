/**
 * The exceptions simbridge raises. Every failure after input validation is a
 * {@link io.simbridge.core.error.SimApiException} naming the provider, operation, HTTP status
 * and provider error code; input refused before sending is an
 * {@link io.simbridge.core.error.InvalidInputException}.
 */
package io.simbridge.core.error;
