package io.simbridge.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process HTTP server on a free loopback port that answers every request to a path with
 * canned bytes: the cheapest server the JDK offers, so that what a benchmark measures is the
 * client. WireMock is not used here on purpose: its per-request cost would dominate.
 *
 * <p>Request bodies are read to their end and discarded; the query string is ignored. Answers
 * carry a {@code Content-Length}, and connections are kept alive.
 */
public final class CannedServer implements AutoCloseable {
  /** Writes a streamed answer's body. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * @param out where the body goes
     * @throws IOException if the client went away
     */
    void writeTo(OutputStream out) throws IOException;
  }

  static {
    // Without it, Nagle's algorithm holds small answers back until the client's delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final AtomicLong requests = new AtomicLong();

  private CannedServer(HttpServer server) {
    this.server = server;
  }

  /** @return a server started on a free port of 127.0.0.1, answering nothing yet (404) */
  public static CannedServer start() {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      // Handlers run on the dispatcher thread: no hand-off between threads per request.
      s.setExecutor(null);
      s.start();
      return new CannedServer(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param path        the path answered, such as {@code /simStatus} (and every path below it)
   * @param contentType the answer's media type
   * @param body        the answer
   * @return this server
   */
  public CannedServer answer(String path, String contentType, byte[] body) {
    byte[] bytes = body.clone();
    return streamed(path, contentType, bytes.length, out -> out.write(bytes));
  }

  /**
   * @param path        the path answered
   * @param contentType the answer's media type
   * @param length      the exact number of bytes {@code writer} writes
   * @param writer      writes the body, for answers too large to hold in memory
   * @return this server
   */
  public CannedServer streamed(String path, String contentType, long length, BodyWriter writer) {
    Objects.requireNonNull(writer, "writer");
    server.createContext(path, exchange -> respond(exchange, contentType, length, writer));
    return this;
  }

  private void respond(HttpExchange exchange, String contentType, long length, BodyWriter writer)
      throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, length);
      try (OutputStream out = exchange.getResponseBody()) {
        writer.writeTo(out);
      }
    }
  }

  /** @return the base URL, such as {@code http://127.0.0.1:41234} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** @return how many requests were answered */
  public long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
