package io.simbridge.reliability.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A loopback HTTP server that answers every request with a gzipped CSV: a header line, then one
 * line of commas as long as asked, compressed as the client reads it (so the test never holds
 * it). It counts the uncompressed bytes it got to write before the client hung up.
 */
final class GzipCsvServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  GzipCsvServer(String header, long commas, AtomicLong written) throws IOException {
    socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    thread =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                  readRequest(s.getInputStream());
                  OutputStream out = s.getOutputStream();
                  out.write(
                      "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n"
                          .getBytes(StandardCharsets.US_ASCII));
                  GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024);
                  gz.write(header.getBytes(StandardCharsets.UTF_8));
                  byte[] chunk = new byte[64 * 1024];
                  Arrays.fill(chunk, (byte) ',');
                  for (long left = commas; left > 0; left -= chunk.length) {
                    int n = (int) Math.min(chunk.length, left);
                    gz.write(chunk, 0, n);
                    written.addAndGet(n);
                  }
                  gz.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                  gz.finish();
                } catch (IOException e) {
                  // The client hung up, as it should once the line is refused.
                }
              }
            },
            "gzip-csv-server");
    thread.setDaemon(true);
    thread.start();
  }

  private static void readRequest(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request cut");
      }
      matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
    }
  }

  /** @return the API base URL */
  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/api";
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
