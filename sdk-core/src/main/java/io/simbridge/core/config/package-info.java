/**
 * Client configuration shared by every provider: {@link io.simbridge.core.config.ClientBuilder},
 * {@link io.simbridge.core.config.RetryPolicy},
 * {@link io.simbridge.core.config.CallLimitMode} and {@link io.simbridge.core.config.Secret}.
 */
package io.simbridge.core.config;
