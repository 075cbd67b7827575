package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.Capability;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Issue 17 "Fleet": the user's executor, no pool per call, bounds that hold, the caller's MDC. */
class FleetExecutionTest {
  private final FakeProvider alpha =
      new FakeProvider("alpha", Capability.SIM_STATE, Capability.SUSPEND);
  private final List<SimRef> sims =
      IntStream.range(0, 12).mapToObj(FleetExecutionTest::sim).toList();
  private final AtomicInteger userThreads = new AtomicInteger();
  private final ExecutorService user =
      Executors.newFixedThreadPool(
          16,
          r -> {
            Thread t = new Thread(r, "user-" + userThreads.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  FleetExecutionTest() {
    sims.forEach(s -> alpha.with(s, "active"));
  }

  private static SimRef sim(int n) {
    return SimRef.of(Iccid.of("8944" + String.format("%015d", n)));
  }

  private SimFleet.Builder fleet(ProviderLimits bounds) {
    return SimFleet.builder()
        .provider(alpha, bounds)
        .route(RoutingRule.iccidPrefix("8944", "alpha"));
  }

  @AfterEach
  void stop() {
    user.shutdownNow();
    MDC.clear();
  }

  @Test
  void theCallersMdcReachesEveryFleetThreadAndIsNotLeftBehind() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    alpha.behaviour = s -> seen.add(String.valueOf(MDC.get("request")));
    Set<String> heard = ConcurrentHashMap.newKeySet();
    try (SimFleet fleet =
        fleet(new ProviderLimits(3, 1))
            .listener(
                new FleetListener() {
                  @Override
                  public void onProgress(String operation, int done, int total) {
                    heard.add(String.valueOf(MDC.get("request")));
                  }
                })
            .build()) {
      MDC.put("request", "r-1");
      fleet.states(sims);
      MDC.put("request", "r-2");
      fleet.suspend(sims);
      MDC.remove("request");
      fleet.states(sims);
    }

    assertThat(seen).containsExactlyInAnyOrder("r-1", "r-2", "null");
    assertThat(heard).containsExactlyInAnyOrder("r-1", "r-2", "null");
  }

  @Test
  void aUserExecutorRunsEveryCallAndIsNotShutDownWithTheFleet() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    alpha.behaviour = s -> threads.add(Thread.currentThread().getName());

    try (SimFleet fleet = fleet(ProviderLimits.DEFAULT).executor(user).build()) {
      assertThat(fleet.states(sims).where(SimResult::isSuccess)).hasSize(12);
      assertThat(fleet.suspend(sims).where(o -> o.status() == WriteOutcome.Status.DONE))
          .hasSize(12);
    }

    assertThat(threads).isNotEmpty().allMatch(n -> n.startsWith("user-"));
    assertThat(user.isShutdown()).as("the user's executor is the user's to shut down").isFalse();
    assertThat(user.submit(() -> "still usable").get(10, TimeUnit.SECONDS))
        .isEqualTo("still usable");
  }

  @Test
  void theFleetsOwnThreadsAreCreatedOnceNotPerCall() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    alpha.behaviour = s -> threads.add(Thread.currentThread());
    SimFleet fleet = fleet(new ProviderLimits(3, 1)).build();

    for (int round = 0; round < 5; round++) {
      fleet.states(sims);
      fleet.suspend(sims);
    }
    fleet.close();

    // One pool per fleet, sized by the bounds (3 reads + 1 write); a pool per call would have
    // made at least 3 threads per round.
    assertThat(threads)
        .hasSizeLessThanOrEqualTo(4)
        .allMatch(t -> t.getName().startsWith("simbridge-fleet-"));
    assertThatThrownBy(() -> fleet.states(sims))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void perProviderBoundsHoldOnAUserExecutorAcrossConcurrentOperations() throws Exception {
    CountDownLatch twoAtOnce = new CountDownLatch(2);
    alpha.behaviour =
        s -> {
          twoAtOnce.countDown();
          try {
            // The first calls wait until two are in flight: with a bound of 2, the fleet must get
            // there.
            assertThat(twoAtOnce.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try (SimFleet fleet = fleet(new ProviderLimits(2, 1)).executor(user).build()) {
      List<Future<FleetResult<SimResult<SimStatus>>>> runs =
          IntStream.range(0, 3).mapToObj(n -> callers.submit(() -> fleet.states(sims))).toList();
      for (Future<FleetResult<SimResult<SimStatus>>> run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS).where(SimResult::isSuccess)).hasSize(12);
      }
      assertThat(alpha.maxInFlight).as("reads: 2 at once across three operations").hasValue(2);

      alpha.maxInFlight.set(0);
      assertThat(fleet.suspend(sims).where(o -> o.status() == WriteOutcome.Status.DONE))
          .hasSize(12);
      assertThat(alpha.maxInFlight).as("writes: one at a time").hasValue(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRefusesWorkGivesEachSimThatRefusalNeverAHang() {
    user.shutdown();
    try (SimFleet fleet = fleet(ProviderLimits.DEFAULT).executor(user).build()) {
      FleetResult<WriteOutcome> outcomes = fleet.suspend(sims);

      assertThat(outcomes.results())
          .extracting(WriteOutcome::status)
          .containsOnly(WriteOutcome.Status.FAILED);
      assertThat(alpha.calls).hasValue(0);
    }
  }

  @Test
  void anInterruptedReadCutsItsCallOnTheUsersThreadAndLeavesThatThreadClean() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch cut = new CountDownLatch(1);
    alpha.behaviour =
        s -> {
          if (s.equals(sims.get(0))) {
            entered.countDown();
            try {
              new CountDownLatch(1).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              cut.countDown();
            }
          }
        };
    Thread caller = Thread.currentThread();
    Thread interrupter =
        new Thread(
            () -> {
              try {
                entered.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                return;
              }
              caller.interrupt();
            });
    interrupter.start();
    try (SimFleet fleet = fleet(new ProviderLimits(1, 1)).executor(single).build()) {
      FleetResult<SimResult<SimStatus>> states = fleet.states(sims);

      assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
      assertThat(states.interrupted()).isTrue();
      assertThat(states.results()).hasSize(12);
      assertThat(states.results().subList(1, 12)).noneMatch(SimResult::isSuccess);
      assertThat(cut.await(10, TimeUnit.SECONDS)).as("the read in flight is interrupted").isTrue();
      assertThat(
              single.submit(() -> Thread.currentThread().isInterrupted()).get(10, TimeUnit.SECONDS))
          .as("the user's thread is handed back without the fleet's interrupt")
          .isFalse();
      assertThat(alpha.calls).as("no read started after the interrupt").hasValue(1);
    } finally {
      interrupter.join(10_000);
      single.shutdownNow();
    }
  }
}
