package io.simbridge.m2miportal;

import io.simbridge.core.Capability;
import io.simbridge.core.model.ActivityKind;
import io.simbridge.core.model.ContractTerm;
import io.simbridge.core.model.LastActivity;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.model.SimState;
import io.simbridge.core.model.SimStatus;
import io.simbridge.core.model.SuspensionCause;
import io.simbridge.core.model.Usage;
import io.simbridge.core.spi.AbstractSimProvider;
import io.simbridge.m2miportal.internal.Checks;
import io.simbridge.m2miportal.model.LastMoTraffic;
import io.simbridge.m2miportal.model.MonthToDateUsage;
import io.simbridge.m2miportal.model.SendSmsRequest;
import io.simbridge.m2miportal.model.SettableStatus;
import io.simbridge.m2miportal.model.StatusReport;
import java.util.Optional;
import java.util.Set;

/**
 * M2M iPortal through the neutral API. SIMs are named by ICCID only: a {@link SimRef} without
 * one is refused before anything is sent. One per client ({@link M2mIportalClient#asSimProvider()}).
 */
final class M2mIportalSimProvider extends AbstractSimProvider<M2mIportalClient> {
  /** Exactly what this view supports. */
  static final Set<Capability> CAPABILITIES =
      Set.of(
          Capability.SIM_STATE,
          Capability.USAGE_NOW,
          Capability.LAST_MO_TRAFFIC,
          Capability.CONTRACT_TERM,
          Capability.SUSPEND,
          Capability.RESUME,
          Capability.SEND_SMS);

  /**
   * The view of one client; the client creates it once.
   *
   * @param client the client this view wraps and closes
   */
  M2mIportalSimProvider(M2mIportalClient client) {
    super(M2mIportalClient.PROVIDER_ID, CAPABILITIES, client);
  }

  /**
   * {@code active} is ACTIVE; {@code deactivated} is SUSPENDED, with an unknown cause because
   * the provider does not say whether the user or the end of a fixed-term contract deactivated
   * it; {@code closed}, which is permanent, is DEACTIVATED.
   */
  @Override
  public SimStatus state(SimRef sim) {
    StatusReport report = client().queryStatus(Checks.iccid(sim));
    return switch (report.status()) {
      case ACTIVE -> SimStatus.of(SimState.ACTIVE, report.rawStatus());
      case DEACTIVATED -> SimStatus.suspended(SuspensionCause.UNKNOWN, report.rawStatus());
      case CLOSED -> SimStatus.of(SimState.DEACTIVATED, report.rawStatus());
      case UNKNOWN -> SimStatus.of(SimState.UNKNOWN, report.rawStatus());
    };
  }

  /** This calendar month's data, SMS and voice minutes; the provider reports nothing for today or in total. */
  @Override
  public Usage usageNow(SimRef sim) {
    MonthToDateUsage usage = client().queryUsage(Checks.iccid(sim));
    Usage.Builder b = Usage.builder();
    usage.data().ifPresent(b::thisMonth);
    usage.sms().ifPresent(b::smsCount);
    usage.voiceMinutes().ifPresent(b::voiceMinutes);
    return b.build();
  }

  @Override
  public Optional<LastActivity> lastActivity(SimRef sim) {
    return client().queryLastMoTraffic(Checks.iccid(sim)).map(M2mIportalSimProvider::activity);
  }

  private static LastActivity activity(LastMoTraffic t) {
    Optional<ActivityKind> kind =
        t.trafficType()
            .map(
                type ->
                    switch (type) {
                      case DATA -> ActivityKind.DATA;
                      case SMS -> ActivityKind.SMS;
                      case VOICE -> ActivityKind.VOICE;
                      case OTHER -> ActivityKind.OTHER;
                    });
    return new LastActivity(t.timestamp(), kind, t.rawTrafficType(), t.network(), t.country());
  }

  @Override
  public Optional<ContractTerm> contractTerm(SimRef sim) {
    return client().queryContract(Checks.iccid(sim));
  }

  /** {@code set_status} to {@code de-activated}. */
  @Override
  public void suspend(SimRef sim) {
    client().setStatus(Checks.iccid(sim), SettableStatus.DE_ACTIVATED);
  }

  /** {@code set_status} to {@code active}. */
  @Override
  public void resume(SimRef sim) {
    client().setStatus(Checks.iccid(sim), SettableStatus.ACTIVE);
  }

  /** {@code send_sms} with the provider's defaults; the text follows {@link SendSmsRequest}'s rules. */
  @Override
  public void sendSms(SimRef sim, String text) {
    client().sendSms(Checks.iccid(sim), SendSmsRequest.of(text));
  }
}
