package io.simbridge.core;

import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.DailyUsage;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimFilter;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SimSummary;
import io.simbridge.core.model.Usage;
import io.simbridge.core.model.UsageRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * What one SIM did and is, across providers. Every method is a read, retried within the retry
 * budget on transient failures.
 *
 * <p>A method the provider does not support raises {@link UnsupportedCapabilityException} before
 * any network call; check {@link #supports(Capability)} first. Lists are lazy: a page is fetched
 * only when it is consumed, within the provider's call limits.
 */
public interface TrafficQueries extends ProviderView {

  /**
   * @param sim the SIM
   * @return its state, with the provider's raw value
   */
  default SimStatus state(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.SIM_STATE);
  }

  /**
   * @param sim the SIM
   * @return what it has used so far, as far as the provider tells
   */
  default Usage usageNow(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.USAGE_NOW);
  }

  /**
   * @param sim the SIM (or, for providers that have them, a shared group by account id)
   * @return data used today and on recent days
   */
  default DailyUsage dailyUsage(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.DAILY_USAGE);
  }

  /**
   * @param sim the SIM
   * @return its most recent confirmed mobile-originated traffic, empty when it has none
   */
  default Optional<LastActivity> lastActivity(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.LAST_MO_TRAFFIC);
  }

  /**
   * @param sim the SIM
   * @return the contract term applied to it, empty when it has none
   */
  default Optional<ContractTerm> contractTerm(SimRef sim) {
    throw new UnsupportedCapabilityException(providerId(), Capability.CONTRACT_TERM);
  }

  /**
   * @param sim  the SIM
   * @param from the start of the range, inclusive
   * @param to   the end of the range, not before {@code from}
   * @return its usage records (CDRs) in that range, fetched page by page as consumed
   */
  default PagedIterable<UsageRecord> usageRecords(SimRef sim, Instant from, Instant to) {
    throw new UnsupportedCapabilityException(providerId(), Capability.USAGE_RECORDS);
  }

  /**
   * @param filter which SIMs to list; {@link SimFilter#ALL} for all
   * @return the account's SIMs, fetched page by page as consumed
   */
  default PagedIterable<SimSummary> listSims(SimFilter filter) {
    throw new UnsupportedCapabilityException(providerId(), Capability.LIST_SIMS);
  }
}
