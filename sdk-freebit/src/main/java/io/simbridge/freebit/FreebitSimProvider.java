package io.simbridge.freebit;

import io.simbridge.core.Capability;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.Usage;
import io.simbridge.core.spi.AbstractSimProvider;
import io.simbridge.freebit.internal.Checks;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.TrafficInfo;
import java.util.Set;

/**
 * freebit through the neutral API: today's usage and daily usage, both from PA05-01. Nothing
 * else: freebit offers no SIM list, and fanning out over many SIMs is what its documentation
 * forbids. Built once per client ({@link FreebitClient#asSimProvider()}).
 */
final class FreebitSimProvider extends AbstractSimProvider<FreebitClient> {
  /** What this view supports. */
  static final Set<Capability> CAPABILITIES = Set.of(Capability.USAGE_NOW, Capability.DAILY_USAGE);

  FreebitSimProvider(FreebitClient client) {
    super(FreebitClient.PROVIDER, CAPABILITIES, client);
  }

  @Override
  public Usage usageNow(SimRef sim) {
    return Usage.builder().today(client().getTrafficInfo(Checks.account(sim)).today()).build();
  }

  @Override
  public DailyUsage dailyUsage(SimRef sim) {
    TrafficInfo info = client().getTrafficInfo(Checks.account(sim));
    return new DailyUsage(
        info.today(),
        info.inRecentDays(),
        info.blackList().flatMap(BlackList::blacklisted),
        info.blackList().map(BlackList::raw));
  }
}
