/**
 * The provider-neutral API: {@link io.simbridge.core.SimOperations},
 * {@link io.simbridge.core.TrafficQueries} and {@link io.simbridge.core.ReportQueries}, joined in
 * {@link io.simbridge.core.SimProvider}; {@link io.simbridge.core.Capability} to ask what a
 * provider supports; lazy paging with {@link io.simbridge.core.PagedIterable}; and
 * {@link io.simbridge.core.SimProviders} to build providers from configuration.
 */
package io.simbridge.core;
