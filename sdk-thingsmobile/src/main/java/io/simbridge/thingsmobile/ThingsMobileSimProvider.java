package io.simbridge.thingsmobile;

import io.simbridge.core.Capability;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.model.CreditHistoryEntry;
import io.simbridge.core.model.DataLimit;
import io.simbridge.core.model.DataLimits;
import io.simbridge.core.model.DataVolume;
import io.simbridge.core.model.Money;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import io.simbridge.core.model.Usage;
import io.simbridge.core.model.UsageRecord;
import io.simbridge.core.spi.AbstractSimProvider;
import io.simbridge.thingsmobile.internal.Checks;
import io.simbridge.thingsmobile.internal.NeutralStates;
import io.simbridge.thingsmobile.internal.Paging;
import io.simbridge.thingsmobile.model.Cdr;
import io.simbridge.thingsmobile.model.CdrQuery;
import io.simbridge.thingsmobile.model.DateRange;
import io.simbridge.thingsmobile.model.SimInfo;
import io.simbridge.thingsmobile.model.SimListItem;
import io.simbridge.thingsmobile.model.SimListQuery;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import io.simbridge.thingsmobile.model.TrafficThreshold;
import io.simbridge.thingsmobile.model.TrafficThresholds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Things Mobile through the neutral API: a thin wrapper over {@link ThingsMobileClient}.
 *
 * <p>The API's dates carry no zone; they are read, and date ranges written, in the client's
 * {@link ThingsMobileClient#serverZone() server zone}. The state and usage queries ask simStatus
 * for one CDR only, and the credit balance for one history row, so that they stay small.
 */
final class ThingsMobileSimProvider extends AbstractSimProvider<ThingsMobileClient> {

  /** Exactly what this view supports. */
  static final Set<Capability> CAPABILITIES =
      Collections.unmodifiableSet(
          EnumSet.of(
              Capability.ACTIVATE,
              Capability.SUSPEND,
              Capability.RESUME,
              Capability.DISCONNECT,
              Capability.RENAME,
              Capability.TAG,
              Capability.SET_EXPIRY,
              Capability.SET_DATA_LIMITS,
              Capability.TOP_UP,
              Capability.SEND_SMS,
              Capability.CHANGE_PLAN,
              Capability.SIM_STATE,
              Capability.USAGE_NOW,
              Capability.USAGE_RECORDS,
              Capability.LIST_SIMS,
              Capability.CREDIT_BALANCE,
              Capability.CREDIT_HISTORY));

  private final ZoneId zone;

  /**
   * The client builds its one view; the view's close closes the client.
   *
   * @param client the client to wrap
   */
  ThingsMobileSimProvider(ThingsMobileClient client) {
    super(ThingsMobileClient.PROVIDER_ID, CAPABILITIES, client);
    this.zone = client.serverZone();
  }

  // ---- SimOperations ----

  /** Things Mobile activates a SIM by MSISDN and ICCID (barcode) together: both are required. */
  @Override
  public void activate(SimRef sim) {
    Objects.requireNonNull(sim, "sim");
    if (sim.msisdn().isEmpty() || sim.iccid().isEmpty()) {
      throw new InvalidInputException(
          "sim",
          sim + " lacks its " + (sim.msisdn().isEmpty() ? "MSISDN" : "ICCID"),
          "both the MSISDN and the ICCID: Things Mobile activates a SIM by both");
    }
    client().activateSim(sim.msisdn().get(), sim.iccid().get());
  }

  @Override
  public void suspend(SimRef sim) {
    client().blockSim(sim);
  }

  @Override
  public void resume(SimRef sim) {
    client().unblockSim(sim);
  }

  @Override
  public void disconnect(SimRef sim) {
    client().disconnectSim(sim);
  }

  @Override
  public void rename(SimRef sim, String name) {
    client().updateSimName(sim, name);
  }

  @Override
  public void tag(SimRef sim, String tag) {
    client().updateSimTag(sim, tag);
  }

  @Override
  public void setExpiry(SimRef sim, LocalDate date, boolean suspendOnExpiry) {
    client().setupSimExpirationDate(sim, date, suspendOnExpiry);
  }

  /** Each limit must be a whole number of MB of 1,048,576 bytes. */
  @Override
  public void setDataLimits(SimRef sim, DataLimits limits) {
    Objects.requireNonNull(limits, "limits");
    client()
        .setupSimTrafficThreshold(
            sim,
            new TrafficThresholds(
                threshold(limits.daily()), threshold(limits.monthly()), threshold(limits.total())));
  }

  private static TrafficThreshold threshold(DataLimit limit) {
    return new TrafficThreshold(limit.volume(), limit.suspendWhenReached());
  }

  /** The amount must be a whole number of MB of 1,048,576 bytes, from 1 to 1,024. */
  @Override
  public void topUp(SimRef sim, DataVolume amount) {
    client().rechargeSim(sim, amount);
  }

  @Override
  public void sendSms(SimRef sim, String text) {
    client().sendSms(sim, text);
  }

  /** The plan id is a custom plan's id, as customPlanList gives it. */
  @Override
  public void changePlan(SimRef sim, String planId) {
    client().changeSimPlan(sim, planId);
  }

  // ---- TrafficQueries ----

  @Override
  public SimStatus state(SimRef sim) {
    return NeutralStates.status(briefStatus(sim).status());
  }

  /** Today, this month and in total from the SIM's counters; remaining is its balance. */
  @Override
  public Usage usageNow(SimRef sim) {
    SimInfo info = briefStatus(sim);
    Usage.Builder usage = Usage.builder();
    info.dailyTraffic().ifPresent(usage::today);
    info.monthlyTraffic().ifPresent(usage::thisMonth);
    info.totalTraffic().ifPresent(usage::total);
    info.balance().ifPresent(usage::remaining);
    return usage.build();
  }

  private SimInfo briefStatus(SimRef sim) {
    return client().simStatus(sim, 1, 1);
  }

  /**
   * getCdrPaginated addresses SIMs by MSISDN: a SIM given by ICCID only is first looked up with
   * simStatus, when the first page is fetched. At most 10,000 CDRs per range.
   */
  @Override
  public PagedIterable<UsageRecord> usageRecords(SimRef sim, Instant from, Instant to) {
    Checks.sim(sim);
    DateRange range = range(from, to);
    Supplier<Msisdn> msisdn =
        memoize(() -> sim.msisdn().orElseGet(() -> briefStatus(sim).msisdn()));
    return Paging.allCdrs(
            client()::getCdrPaginated,
            () -> CdrQuery.of(range, msisdn.get()),
            ErrorDetails.of(providerId(), ThingsMobileOperation.GET_CDR_PAGINATED.wireName()))
        .map(cdr -> usageRecord(cdr, sim, msisdn.get()));
  }

  private UsageRecord usageRecord(Cdr cdr, SimRef asked, Msisdn resolved) {
    Msisdn msisdn = cdr.msisdn().orElse(resolved);
    SimRef ref = asked.iccid().map(i -> SimRef.of(i, msisdn)).orElseGet(() -> SimRef.of(msisdn));
    return new UsageRecord(
        ref,
        instant(cdr.dateStart()),
        instant(cdr.dateStop()),
        cdr.traffic(),
        cdr.network(),
        cdr.country(),
        cdr.operator());
  }

  @Override
  public PagedIterable<SimSummary> listSims(SimFilter filter) {
    Objects.requireNonNull(filter, "filter");
    SimListQuery query = SimListQuery.ALL;
    if (filter.name().isPresent()) {
      query = query.withName(filter.name().get());
    }
    if (filter.tag().isPresent()) {
      query = query.withTag(filter.tag().get());
    }
    if (filter.state().isPresent()) {
      query = query.withStatus(NeutralStates.group(filter.state().get()));
    }
    return client().allSims(query).map(this::summary);
  }

  private SimSummary summary(SimListItem s) {
    return new SimSummary(
        SimRef.of(s.iccid(), s.msisdn()),
        NeutralStates.status(s.status()),
        s.name(),
        s.tag(),
        s.plan(),
        s.activationDate().map(this::instant),
        s.expirationDate().map(this::instant),
        s.lastConnectionDate().map(this::instant),
        s.balance());
  }

  // ---- ReportQueries ----

  @Override
  public Money creditBalance() {
    return client().credit(DateRange.UNBOUNDED, 1, 1).amount();
  }

  /** At most 5,000 movements per range. */
  @Override
  public PagedIterable<CreditHistoryEntry> creditHistory(Instant from, Instant to) {
    return client()
        .creditHistory(range(from, to))
        .map(
            row ->
                new CreditHistoryEntry(
                    instant(row.dateLoad()),
                    row.amount(),
                    row.opDescription(),
                    row.msisdn().map(SimRef::of)));
  }

  // ---- time ----

  private DateRange range(Instant from, Instant to) {
    InputChecks.instant("from", from);
    InputChecks.instant("to", to);
    if (to.isBefore(from)) {
      throw new InvalidInputException(
          "to", to + " is before from " + from, "an instant at or after from");
    }
    return DateRange.between(local(from), local(to));
  }

  /** The API's dates have whole seconds. */
  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.SECONDS);
  }

  /** A time repeated by a daylight-saving change is read with its earlier offset. */
  private Instant instant(LocalDateTime time) {
    return time.atZone(zone).toInstant();
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile Optional<T> value = Optional.empty();

      @Override
      public T get() {
        Optional<T> v = value;
        if (v.isEmpty()) {
          v = Optional.of(supplier.get());
          value = v;
        }
        return v.get();
      }
    };
  }
}
