package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.config.RetryPolicy;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.error.TransportException;
import io.simbridge.core.time.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 section 4: every call is bounded in time, interruptible, and sends nothing after
 * {@code close()}. The servers are raw sockets on 127.0.0.1 that stall or trickle bytes.
 */
class CallsThatHangTest {
  private static final OperationSpec WRITE = OperationSpec.write("writeThing");
  private static final ResponseHandler<String> TEXT = InboundResponse::text;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ScheduledExecutorService serverThreads = Executors.newScheduledThreadPool(2);
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch requestArrived = new CountDownLatch(1);
  private ServerSocket server;

  @AfterEach
  void tearDown() throws IOException {
    serverThreads.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  /** Accepts connections; for each, counts the request once its head arrived, then runs {@code then}. */
  private String serve(SocketAction then) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    serverThreads.execute(
        () -> {
          while (!server.isClosed()) {
            try {
              Socket s = server.accept();
              InputStream in = s.getInputStream();
              byte[] buf = new byte[4096];
              if (in.read(buf) > 0) {
                requests.incrementAndGet();
                requestArrived.countDown();
                then.on(s);
              }
            } catch (IOException e) {
              return;
            }
          }
        });
    return "http://127.0.0.1:" + server.getLocalPort() + "/call";
  }

  @FunctionalInterface
  private interface SocketAction {
    void on(Socket socket) throws IOException;
  }

  private static OutboundRequest post(String url) {
    return OutboundRequest.post(url).urlEncodedForm().field("amount", "10").build();
  }

  @Test
  void interruptingTheCallerCancelsAWriteInFlightAsAmbiguousAndKeepsTheFlag() throws Exception {
    String url = serve(socket -> {}); // reads the request, never answers
    HttpExecutor executor =
        HttpExecutor.create(
            "test",
            TransportOptions.builder()
                .clock(clock)
                .sleeper(clock)
                .readTimeout(Duration.ofSeconds(30))
                .build(),
            Redactor.of(false));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                executor.execute(WRITE, post(url), TEXT);
              } catch (RuntimeException e) {
                thrown.set(e);
              }
              flag.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();
    long start = System.nanoTime();

    caller.interrupt();
    caller.join(10_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    // Okio may see the interrupt itself before simbridge's watch cancels the call: either way the
    // write ends ambiguous because of the interrupt.
    assertThat(thrown.get())
        .isInstanceOf(AmbiguousOutcomeException.class)
        .rootCause()
        .isInstanceOf(java.io.InterruptedIOException.class)
        .hasMessageContaining("interrupted");
    assertThat(flag.get()).isTrue();
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void aCallWaitingForItsCallLimitTurnIsNeverSentOnceCloseReturned() throws Exception {
    String url =
        serve(
            socket -> {
              OutputStream out = socket.getOutputStream();
              out.write(
                  "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                      .getBytes(StandardCharsets.US_ASCII));
              out.flush();
              socket.close();
            });
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch turn = new CountDownLatch(1);
    // The limiter's sleeper blocks until the test says the 5 s are over.
    TransportOptions options =
        TransportOptions.builder()
            .clock(clock)
            .sleeper(
                d -> {
                  if (!d.isZero()) {
                    waiting.countDown();
                    turn.await();
                  }
                })
            .build();
    HttpExecutor executor = HttpExecutor.create("test", options, Redactor.of(false));
    OperationSpec limited = WRITE.withMinInterval(Duration.ofSeconds(5));
    assertThat(executor.execute(limited, post(url), TEXT)).isEqualTo("ok");
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> executor.execute(limited, post(url), TEXT));
    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

    executor.close();
    turn.countDown();

    assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client is closed; nothing was sent");
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void aStreamedCallWhoseHeadersTrickleInEndsAtTheCallTimeout() throws Exception {
    byte[] head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n\r\nA,B\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    String url =
        serve(
            socket -> {
              OutputStream out = socket.getOutputStream();
              // One byte every 100 ms: never silent for the read timeout, never done within the
              // call timeout.
              for (byte b : head) {
                out.write(b);
                out.flush();
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) { // the test is over
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            });
    HttpExecutor executor =
        HttpExecutor.create(
            "test",
            TransportOptions.builder()
                .clock(clock)
                .sleeper(clock)
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofMillis(800))
                .retryPolicy(RetryPolicy.none())
                .build(),
            Redactor.of(false));
    ResponseHandler<String> headerLine =
        r -> {
          InputStream body = r.detach();
          StringBuilder line = new StringBuilder();
          for (int c = body.read(); c >= 0 && c != '\r'; c = body.read()) {
            line.append((char) c);
          }
          return line.toString();
        };
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                executor.execute(
                    OperationSpec.read("report").asStreamed(),
                    OutboundRequest.get(url).build(),
                    headerLine))
        .isInstanceOf(TransportException.class)
        .hasRootCauseMessage("no checked answer within the call timeout");

    // Before: no whole-call timeout, the call ran on for the 5 s the head takes to arrive.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(requests.get()).isEqualTo(1);
  }
}
