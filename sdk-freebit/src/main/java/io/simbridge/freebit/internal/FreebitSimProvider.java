package io.simbridge.freebit.internal;

import io.simbridge.core.Capability;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.Usage;
import io.simbridge.core.spi.AbstractSimProvider;
import io.simbridge.freebit.FreebitClient;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.FreebitAccount;
import io.simbridge.freebit.model.TrafficInfo;
import java.util.Set;

/**
 * freebit through the neutral API: today's usage and daily usage, both from PA05-01. Nothing
 * else: freebit offers no SIM list, and fanning out over many SIMs is what its documentation
 * forbids.
 */
public final class FreebitSimProvider extends AbstractSimProvider<FreebitClient> {
  /** What this view supports. */
  public static final Set<Capability> CAPABILITIES = Set.of(Capability.USAGE_NOW, Capability.DAILY_USAGE);

  /** @param client the client to wrap */
  public FreebitSimProvider(FreebitClient client) {
    super(FreebitApi.PROVIDER, CAPABILITIES, client);
  }

  @Override
  public Usage usageNow(SimRef sim) {
    return Usage.builder().today(client().getTrafficInfo(account(sim)).today()).build();
  }

  @Override
  public DailyUsage dailyUsage(SimRef sim) {
    TrafficInfo info = client().getTrafficInfo(account(sim));
    return new DailyUsage(info.today(), info.inRecentDays(), info.blackList().flatMap(BlackList::blacklisted),
        info.blackList().map(BlackList::raw));
  }

  /**
   * The freebit account a reference names: its provider account as is (a phone number in
   * national form or a share-group code), else its MSISDN, which must be Japanese, in national
   * form. freebit knows no ICCIDs.
   */
  static FreebitAccount account(SimRef sim) {
    if (sim.account().isPresent()) {
      return FreebitAccount.of(sim.account().get());
    }
    if (sim.msisdn().isPresent()) {
      return FreebitAccount.ofMsisdn(sim.msisdn().get());
    }
    throw new InvalidInputException("sim", sim.label() + " cannot be queried at freebit, which does not know ICCIDs",
        "a Japanese MSISDN (SimRef.msisdn(\"819012345678\")) or a freebit account (SimRef.account(\"09012345678\")"
            + " or SimRef.account(\"AAA0_00000000001\") for a share group)");
  }
}
