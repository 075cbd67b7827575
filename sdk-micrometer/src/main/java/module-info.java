/**
 * simbridge Micrometer metrics: {@link io.simbridge.micrometer.MicrometerCallListener} records
 * every call of a simbridge client in a Micrometer {@code MeterRegistry}.
 */
// micrometer-core ships as an automatic module (no module-info): requiring it cannot be avoided.
@SuppressWarnings("requires-automatic")
module io.simbridge.micrometer {
  requires transitive io.simbridge.core;
  requires transitive micrometer.core;

  exports io.simbridge.micrometer;
}
