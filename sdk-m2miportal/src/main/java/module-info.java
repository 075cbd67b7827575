/**
 * simbridge for M2M iPortal: {@link io.simbridge.m2miportal.M2mIportalClient}, one typed method
 * per operation of the provider's XML API (information requests and commands), and its neutral
 * view ({@link io.simbridge.m2miportal.M2mIportalClient#asSimProvider()}).
 */
module io.simbridge.m2miportal {
  requires transitive io.simbridge.core;
  // Answers are read as Jackson trees (core Mappers.readXml); requests are written with StAX.
  requires com.fasterxml.jackson.databind;
  requires java.xml;

  exports io.simbridge.m2miportal;
  exports io.simbridge.m2miportal.model;

  provides io.simbridge.core.spi.SimProviderFactory with
      io.simbridge.m2miportal.M2mIportalProviderFactory;
}
