/**
 * simbridge for HORISEN: the Traffic Report API v2 client ({@code io.simbridge.horisen}), its
 * requests and answers ({@code io.simbridge.horisen.model}), and its provider-neutral view,
 * registered as the {@code horisen} provider.
 */
module io.simbridge.horisen {
  requires transitive io.simbridge.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.simbridge.horisen;
  exports io.simbridge.horisen.model;

  // Answers are bound to the public DTOs of the internal package.
  opens io.simbridge.horisen.internal to
      com.fasterxml.jackson.databind;

  provides io.simbridge.core.spi.SimProviderFactory with
      io.simbridge.horisen.HorisenProviderFactory;
}
