package io.simbridge.reliability.concurrency;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.time.ManualClock;
import io.simbridge.reliability.support.Clients;
import io.simbridge.thingsmobile.ThingsMobileClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The call limiter is fair under contention: on Things Mobile's simStatus (one call every 5 s),
 * 64 threads queued one after the other behind a call held at the server are served exactly in
 * the order they queued, the k-th starting exactly k x 5 s (manual time) after the held call
 * completed. So no thread waits longer than the threads ahead of it make it wait, the last of
 * 64 at most 64 x 5 s = 320 s, and none is overtaken. Four rounds, in ascending, descending,
 * ascending and descending order, give every thread the same total wait: 2 x 63 x 5 s = 630 s.
 *
 * <p>No wall clock is involved: the queue order is made certain by starting each thread only
 * once the previous one is parked in the limiter (its state and stack say so), and times are
 * read from the shared {@link ManualClock} when each request reaches the server.
 */
@Timeout(180)
class CallLimiterFairnessTest {
  static final int THREADS = 64;
  static final int ROUNDS = 4;
  static final Duration INTERVAL = Duration.ofSeconds(5);
  static final String GATE = "447000000000000";

  private static final ManualClock CLOCK = Clients.clock();
  private static final Server SERVER = new Server();

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(SERVER))
          .build();

  @Test
  void threadsAreServedInArrivalOrderAndWaitInProportionToIt() throws Exception {
    long[] totalWait = new long[THREADS];
    try (ThingsMobileClient client = Clients.thingsMobile(server.baseUrl(), CLOCK).build()) {
      for (int round = 0; round < ROUNDS; round++) {
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          order.add(t);
        }
        if (round % 2 == 1) {
          Collections.reverse(order);
        }

        List<Arrival> arrivals = round(client, order);

        assertThat(arrivals.get(0).msisdn()).isEqualTo(GATE);
        Instant freed = arrivals.get(0).at();
        for (int position = 1; position <= THREADS; position++) {
          Arrival a = arrivals.get(position);
          int thread = order.get(position - 1);
          assertThat(a.msisdn())
              .as("round %d, position %d", round, position)
              .isEqualTo(msisdn(thread));
          Duration waited = Duration.between(freed, a.at());
          assertThat(waited)
              .as("wait of the thread at position %d", position)
              .isEqualTo(INTERVAL.multipliedBy(position));
          totalWait[thread] += waited.minus(INTERVAL).toSeconds();
        }
      }
    }
    // Positions p and 65 - p in alternate rounds: every thread waited the same in all.
    assertThat(Arrays.stream(totalWait).distinct()).containsExactly(2 * 63 * 5L);
  }

  /** One round: a held call, then the threads queued in {@code order}; returns the server's arrivals. */
  private static List<Arrival> round(ThingsMobileClient client, List<Integer> order)
      throws Exception {
    SERVER.reset();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    Thread gate = new Thread(() -> call(client, GATE, failures));
    gate.start();
    assertThat(SERVER.gateArrived.await(30, TimeUnit.SECONDS))
        .as("the held call reached the server")
        .isTrue();
    for (int t : order) {
      Thread thread = new Thread(() -> call(client, msisdn(t), failures), "fairness-" + t);
      thread.start();
      awaitParkedInLimiter(thread);
      threads.add(thread);
    }
    SERVER.release.countDown();
    gate.join(30_000);
    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(failures).isEmpty();
    return List.copyOf(SERVER.arrivals);
  }

  private static void call(
      ThingsMobileClient client, String msisdn, ConcurrentLinkedQueue<Throwable> failures) {
    try {
      assertThat(client.simStatus(SimRef.msisdn(msisdn)).msisdn().value()).isEqualTo(msisdn);
    } catch (Throwable e) {
      failures.add(e);
    }
  }

  /** Waits until the thread is parked waiting for the call limiter's turn. */
  private static void awaitParkedInLimiter(Thread thread) throws InterruptedException {
    for (int i = 0; i < 30_000; i++) {
      if (thread.getState() == Thread.State.WAITING
          && Arrays.stream(thread.getStackTrace())
              .anyMatch(
                  f ->
                      f.getClassName().endsWith(".CallLimiter")
                          && f.getMethodName().equals("acquire"))) {
        return;
      }
      Thread.sleep(1);
    }
    throw new AssertionError(thread.getName() + " never queued in the call limiter");
  }

  static String msisdn(int thread) {
    return String.valueOf(447_100_000_000L + thread);
  }

  /**
   * A request as it reached the server.
   *
   * @param msisdn the SIM asked for
   * @param at     the manual clock's time on arrival
   */
  record Arrival(String msisdn, Instant at) {}

  /** Answers simStatus for the SIM asked, records arrivals, and holds the gate's call until released. */
  static final class Server implements ResponseDefinitionTransformerV2 {
    final List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
    volatile CountDownLatch gateArrived = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(1);

    void reset() {
      arrivals.clear();
      gateArrived = new CountDownLatch(1);
      release = new CountDownLatch(1);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String msisdn = "";
      for (String pair : event.getRequest().getBodyAsString().split("&", -1)) {
        if (pair.startsWith("msisdn=")) {
          msisdn = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
        }
      }
      arrivals.add(new Arrival(msisdn, CLOCK.instant()));
      if (msisdn.equals(GATE)) {
        gateArrived.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      String iccid = "89" + "0".repeat(17 - msisdn.length()) + msisdn;
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "application/xml")
          .withBody(
              "<result><done>true</done><sims><sim><msisdn>"
                  + msisdn
                  + "</msisdn><iccid>"
                  + iccid
                  + "</iccid><status>active</status></sim></sims></result>")
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "fairness-server";
    }
  }
}
