/**
 * simbridge OpenTelemetry tracing: {@link io.simbridge.opentelemetry.OpenTelemetryCallListener}
 * makes one span per call of a simbridge client, through the OpenTelemetry API only.
 */
// The OpenTelemetry API and context ship as automatic modules (no module-info): requiring them
// cannot be avoided.
@SuppressWarnings("requires-automatic")
module io.simbridge.opentelemetry {
  requires transitive io.simbridge.core;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports io.simbridge.opentelemetry;
}
