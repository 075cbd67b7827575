/**
 * simbridge for freebit MVNO: {@link io.simbridge.freebit.FreebitClient} (OEM authentication and
 * PA05-01 traffic information) and its neutral view, registered as provider {@code freebit}.
 */
module io.simbridge.freebit {
  requires transitive io.simbridge.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.simbridge.freebit;
  exports io.simbridge.freebit.model;

  // The answer DTOs are bound by Jackson, which needs reflective access to them.
  opens io.simbridge.freebit.internal to
      com.fasterxml.jackson.databind;

  provides io.simbridge.core.spi.SimProviderFactory with
      io.simbridge.freebit.FreebitProviderFactory;
}
