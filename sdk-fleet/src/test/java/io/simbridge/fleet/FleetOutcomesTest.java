package io.simbridge.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.Capability;
import io.simbridge.core.Page;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.error.AmbiguousOutcomeException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import io.simbridge.core.testing.LogCapture;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 14 section 3: fleet outcomes that were lost (throwing listener, interrupt, repeating list). */
class FleetOutcomesTest {
  @RegisterExtension final LogCapture logs = new LogCapture();

  private final FakeProvider alpha =
      new FakeProvider("alpha", Capability.SIM_STATE, Capability.SUSPEND);
  private final List<SimRef> sims = IntStream.range(0, 5).mapToObj(FleetOutcomesTest::sim).toList();
  private final SimFleet fleet;

  FleetOutcomesTest() {
    sims.forEach(s -> alpha.with(s, "active"));
    fleet =
        SimFleet.builder().provider(alpha).route(RoutingRule.iccidPrefix("8944", "alpha")).build();
  }

  private static SimRef sim(int n) {
    return SimRef.of(Iccid.of("8944" + String.format("%015d", n)));
  }

  @AfterEach
  void clearTheFlag() {
    Thread.interrupted();
  }

  @Test
  void aThrowingProgressListenerIsLoggedOnceAndEverySimGetsItsOutcome() {
    AtomicInteger told = new AtomicInteger();

    FleetResult<WriteOutcome> outcomes =
        fleet.suspend(
            sims,
            (done, total) -> {
              told.incrementAndGet();
              throw new IllegalStateException("progress bar gone");
            });

    assertThat(outcomes.results())
        .extracting(WriteOutcome::status)
        .containsOnly(WriteOutcome.Status.DONE)
        .hasSize(5);
    assertThat(outcomes.interrupted()).isFalse();
    assertThat(alpha.calls).as("every write sent once, none cancelled").hasValue(5);
    assertThat(told).as("the listener is still told of every SIM").hasValue(5);
    assertThat(logs.lines()).filteredOn(l -> l.contains("progress bar gone")).hasSize(1);
    assertThat(sims).allMatch(s -> alpha.states.get(s).equals("suspended"));
  }

  @Test
  void anInterruptNamesEverySimReportsTheWriteInFlightAmbiguousAndKeepsTheFlag() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    AtomicBoolean inFlightInterrupted = new AtomicBoolean();
    alpha.behaviour =
        s -> {
          if (s.equals(sims.get(2))) {
            entered.countDown();
            boolean released = false;
            while (!released) {
              try {
                released = release.await(10, TimeUnit.SECONDS);
                break;
              } catch (InterruptedException e) {
                inFlightInterrupted.set(true);
              }
            }
            finished.countDown();
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

    FleetResult<WriteOutcome> outcomes = fleet.suspend(sims);

    boolean flagKept = Thread.interrupted();
    release.countDown();
    interrupter.join(10_000);
    assertThat(flagKept).as("interrupt flag restored").isTrue();
    assertThat(outcomes.interrupted()).isTrue();
    assertThat(outcomes.results()).extracting(WriteOutcome::sim).containsExactlyElementsOf(sims);
    assertThat(outcomes.results())
        .extracting(WriteOutcome::status)
        .containsExactly(
            WriteOutcome.Status.DONE,
            WriteOutcome.Status.DONE,
            WriteOutcome.Status.AMBIGUOUS,
            WriteOutcome.Status.NOT_STARTED,
            WriteOutcome.Status.NOT_STARTED);
    assertThat(outcomes.results().get(2).error())
        .get()
        .isInstanceOf(AmbiguousOutcomeException.class);
    assertThat(outcomes.results().get(3).error())
        .get()
        .satisfies(e -> assertThat(e).hasMessageContaining("interrupted"));
    assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(inFlightInterrupted).as("the write in flight is left to finish, not cut").isFalse();
    assertThat(alpha.calls).as("no write started after the interrupt").hasValue(3);
  }

  @Test
  void aListThatRepeatsItsFirstPageEndsAndTheRestIsReadOneByOne() {
    List<SimRef> many = IntStream.range(0, 25).mapToObj(FleetOutcomesTest::sim).toList();
    FakeProvider deaf =
        new FakeProvider("deaf", Capability.SIM_STATE, Capability.LIST_SIMS) {
          @Override
          public PagedIterable<SimSummary> listSims(SimFilter filter) {
            // A provider that ignores the page number: always the first 10 SIMs, always "more"
            // (listCalls is the inherited counter).
            return PagedIterable.of(
                n -> {
                  if (listCalls.incrementAndGet() > 1_000) {
                    throw new AssertionError("still listing after 1,000 pages");
                  }
                  return new Page<>(
                      many.subList(0, 10).stream()
                          .map(
                              s ->
                                  new SimSummary(
                                      s,
                                      SimStatus.of(SimState.ACTIVE, "active"),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty(),
                                      Optional.empty()))
                          .toList(),
                      n,
                      10,
                      OptionalLong.empty(),
                      true);
                });
          }
        };
    many.forEach(s -> deaf.with(s, "active"));
    SimFleet listing =
        SimFleet.builder()
            .provider(deaf)
            .route(RoutingRule.iccidPrefix("8944", "deaf"))
            .listThreshold(1)
            .build();

    FleetResult<SimResult<SimStatus>> states = listing.states(many);

    assertThat(states.where(SimResult::isSuccess)).hasSize(25);
    assertThat(deaf.listCalls).as("list calls: the first page, then its repetition").hasValue(2);
    assertThat(deaf.calls).as("SIMs the list did not bring, read one by one").hasValue(15);
  }
}
