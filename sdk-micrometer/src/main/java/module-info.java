/**
 * simbridge Micrometer metrics: {@link io.simbridge.micrometer.MicrometerCallListener} records
 * every call of a simbridge client in a Micrometer {@code MeterRegistry}.
 */
module io.simbridge.micrometer {
  requires transitive io.simbridge.core;
  requires transitive micrometer.core;

  exports io.simbridge.micrometer;
}
