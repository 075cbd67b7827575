/**
 * simbridge core: the provider-neutral contract, shared value types and errors, and the HTTP
 * transport every provider module uses. The {@code internal} packages are exported only to the
 * provider modules.
 */
module io.simbridge.core {
  // ClientBuilder.httpClient(OkHttpClient) is the one public signature with an OkHttp type.
  requires transitive okhttp3;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.xml;
  requires java.xml;
  requires org.slf4j;

  exports io.simbridge.core;
  exports io.simbridge.core.config;
  exports io.simbridge.core.error;
  exports io.simbridge.core.model;
  exports io.simbridge.core.observe;
  exports io.simbridge.core.spi;
  exports io.simbridge.core.time;
  exports io.simbridge.core.internal.check to
      io.simbridge.thingsmobile,
      io.simbridge.horisen,
      io.simbridge.freebit,
      io.simbridge.m2miportal;
  // The fleet uses Redactor.maskSubscriberIds, so its messages mask SIMs as the logs do.
  exports io.simbridge.core.internal.http to
      io.simbridge.thingsmobile,
      io.simbridge.horisen,
      io.simbridge.freebit,
      io.simbridge.m2miportal,
      io.simbridge.fleet;
  exports io.simbridge.core.internal.parse to
      io.simbridge.thingsmobile,
      io.simbridge.horisen,
      io.simbridge.freebit,
      io.simbridge.m2miportal;
  // The fleet's result records print through ToString.
  exports io.simbridge.core.internal.text to
      io.simbridge.thingsmobile,
      io.simbridge.horisen,
      io.simbridge.freebit,
      io.simbridge.m2miportal,
      io.simbridge.fleet;

  uses io.simbridge.core.spi.SimProviderFactory;
}
