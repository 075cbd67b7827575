package io.simbridge.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.simbridge.core.error.SimApiException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.horisen.HorisenClient;
import io.simbridge.horisen.model.Filter;
import io.simbridge.m2miportal.M2mIportalClient;
import io.simbridge.reliability.support.Clients;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret never shows, even in a transport failure: OkHttp's "Unexpected status line: ..." quotes
 * what the server sent, so a hostile server answering a status line that echoes the client's
 * credential must not put it in the exception's message, its {@code toString()}, any cause's
 * message or the exception's serialized bytes. A raw socket on loopback answers every request
 * with the status line, for every provider client.
 */
class SecretsInTransportFailuresTest {
  private static final String HORISEN_ACCESS_TOKEN = "hz-fixed-access-tok-91Q";

  private ServerSocket server;
  private Thread acceptor;
  private volatile String statusLine;

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "status-line-echo");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    acceptor.join(10_000);
  }

  /** Reads each request whole (head and declared body), then answers the status line alone. */
  private void serve() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        int c;
        while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
          head.append((char) c);
        }
        int length =
            head.toString()
                .toLowerCase(Locale.ROOT)
                .lines()
                .filter(l -> l.startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring("content-length:".length()).strip()))
                .findFirst()
                .orElse(0);
        in.readNBytes(length);
        OutputStream out = s.getOutputStream();
        out.write(
            (statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        // The server was closed, or the client hung up: either way, the next connection.
      }
    }
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  static Stream<Arguments> clients() {
    Function<String, String> glued = secret -> "HTTP/1.1 200" + secret;
    Function<String, String> asCode = secret -> "HTTP/1.1 " + secret;
    Function<String, String> asReason = secret -> "HTTP/1.1 200 " + secret;
    return Stream.of(glued, asCode, asReason)
        .flatMap(
            line ->
                Stream.of(
                    Arguments.of("Things Mobile token", Clients.TM_TOKEN, line),
                    Arguments.of("M2M iPortal password", Clients.M2M_PASSWORD, line),
                    Arguments.of("freebit authKey", Clients.FREEBIT_AUTH_KEY, line),
                    Arguments.of("HORISEN access token", HORISEN_ACCESS_TOKEN, line)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aStatusLineEchoingTheSecretNeverShowsIt(
      String client, String secret, Function<String, String> line) throws Exception {
    statusLine = line.apply(secret);
    Throwable thrown = catchThrowable(() -> call(client));

    assertThat(thrown).isInstanceOf(SimApiException.class);
    if (thrown instanceof TransportException t) {
      // The answer's head was read: the request reached the server.
      assertThat(t.mayHaveReachedProvider()).isTrue();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    String serialized = bytes.toString(StandardCharsets.ISO_8859_1);
    for (String form : SecretForms.of(secret)) {
      assertThat(thrown.getMessage()).as("message").doesNotContain(form);
      assertThat(serialized).as("serialized").doesNotContain(form);
      int depth = 0;
      for (Throwable t = thrown; t != null && depth < 16; t = t.getCause(), depth++) {
        assertThat(String.valueOf(t.getMessage()))
            .as("message of %s", t.getClass())
            .doesNotContain(form);
        assertThat(t.toString()).doesNotContain(form);
        for (Throwable s : t.getSuppressed()) {
          assertThat(s.toString()).as("suppressed").doesNotContain(form);
        }
      }
    }
  }

  private void call(String client) {
    ManualClock clock = Clients.clock();
    switch (client) {
      case "Things Mobile token" -> {
        try (ThingsMobileClient tm = Clients.thingsMobile(baseUrl(), clock).build()) {
          tm.simStatus(SimRef.iccid("8944501312167518236"));
        }
      }
      case "M2M iPortal password" -> {
        try (M2mIportalClient m2m = Clients.m2m(baseUrl(), clock).build()) {
          m2m.queryStatus(Iccid.of("8944501312167518236"));
        }
      }
      case "freebit authKey" -> {
        try (FreebitClient f = Clients.freebitWithKey(baseUrl(), clock).build()) {
          f.getTrafficInfo(FreebitAccount.of("09012345678"));
        }
      }
      default -> {
        try (HorisenClient h =
            HorisenClient.builder()
                .baseUrl(baseUrl() + Clients.HORISEN_API)
                .accessToken(HORISEN_ACCESS_TOKEN)
                .clock(clock)
                .sleeper(clock)
                .retryPolicy(Clients.FULL_JITTER)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
          h.customerTrafficReportsPage(
              LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Filter.none(), 1);
        }
      }
    }
  }
}
