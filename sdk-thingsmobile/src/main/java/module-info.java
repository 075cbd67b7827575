/**
 * simbridge for Things Mobile: {@link io.simbridge.thingsmobile.ThingsMobileClient}, one typed
 * method per operation of the Things Mobile business API, and its provider-neutral view.
 */
module io.simbridge.thingsmobile {
  requires transitive io.simbridge.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.xml;

  exports io.simbridge.thingsmobile;
  exports io.simbridge.thingsmobile.model;

  // The answer DTOs are bound by Jackson through reflection.
  opens io.simbridge.thingsmobile.internal to
      com.fasterxml.jackson.databind;

  provides io.simbridge.core.spi.SimProviderFactory with
      io.simbridge.thingsmobile.ThingsMobileProviderFactory;
}
