/**
 * What happens during each call, as events: implement {@link io.simbridge.core.observe.CallListener}
 * and register it with {@code ClientBuilder.addListener}. The {@code sdk-micrometer} and
 * {@code sdk-opentelemetry} modules hold ready-made listeners for metrics and traces.
 *
 * <p>No event ever holds a credential, a URL path or query, a request or response body, or an
 * ICCID or MSISDN: a listener may forward every field to a metrics or tracing backend as it is.
 */
package io.simbridge.core.observe;
