package io.simbridge.thingsmobile.model;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The 19 operations of the Things Mobile business API, each declared once: its name on the wire
 * (appended to the base URL), whether it is a write, its documented call limit, and, where the
 * documentation gives them, its largest page and the most results it returns for one query.
 *
 * <p>Name one wherever an operation is named, for example
 * {@code ThingsMobileClient.builder().callInterval(ThingsMobileOperation.SIM_STATUS, interval)}.
 */
public enum ThingsMobileOperation implements ProviderOperation {
  /** 4.1: needs both MSISDN and barcode; at most one call every 5 s. */
  ACTIVATE_SIM("activateSim", true, 5, 0, 0),
  /** 4.2. */
  BLOCK_SIM("blockSim", true, 0, 0, 0),
  /** 4.3. */
  DISCONNECT_SIM("disconnectSim", true, 0, 0, 0),
  /** 4.4. */
  UNBLOCK_SIM("unblockSim", true, 0, 0, 0),
  /** 4.5: at most one call every 5 s; CDR pages of up to 2,000. */
  SIM_STATUS("simStatus", false, 5, 2000, 0),
  /** 4.6: at most one call every second; pages of up to 500 SIMs. */
  SIM_LIST_LITE("simListLite", false, 1, 500, 0),
  /** 4.7: at most one call every 5 s; history pages of up to 5,000 rows, 5,000 rows per query. */
  CREDIT("credit", false, 5, 5000, 5000),
  /** 4.8: the provider also allows 3 calls per active SIM per day, which it enforces itself. */
  UPDATE_SIM_NAME("updateSimName", true, 0, 0, 0),
  /** 4.9: same daily allowance as updateSimName. */
  UPDATE_SIM_TAG("updateSimTag", true, 0, 0, 0),
  /** 4.10. */
  SETUP_SIM_EXPIRATION_DATE("setupSimExpirationDate", true, 0, 0, 0),
  /** 4.11: the provider's spelling ("Threeshold") is the one on the wire. */
  SETUP_SIM_TRAFFIC_THRESHOLD("setupSimTrafficThreeshold", true, 0, 0, 0),
  /** 4.12. */
  CUSTOM_PLAN_LIST("customPlanList", false, 0, 0, 0),
  /** 4.13. */
  CREATE_CUSTOM_PLAN("createCustomPlan", true, 0, 0, 0),
  /** 4.14. */
  MODIFY_CUSTOM_PLAN("modifyCustomPlan", true, 0, 0, 0),
  /** 4.15 (associate plan). */
  CHANGE_SIM_PLAN("changeSimPlan", true, 0, 0, 0),
  /** 4.16: at most one call every 5 s. */
  SEND_SMS("sendSms", true, 5, 0, 0),
  /**
   * 4.17: schedules an e-mailed export of at most 200,000 CDRs, so a repeat would schedule a
   * second one: a write.
   */
  DOWNLOAD_CDR("downloadCdr", true, 0, 0, 200_000),
  /** 4.18. */
  RECHARGE_SIM("rechargeSim", true, 0, 0, 0),
  /** 4.19: at most one call every 5 s; pages of up to 500 CDRs, 10,000 CDRs per query. */
  GET_CDR_PAGINATED("getCdrPaginated", false, 5, 500, 10_000);

  /** The provider id, as {@code ThingsMobileClient.PROVIDER_ID} gives it. */
  private static final String PROVIDER = "thingsmobile";

  private final String wireName;
  private final boolean write;
  private final Duration documentedInterval;
  private final int maxPageSize;
  private final int resultCap;

  ThingsMobileOperation(
      String wireName, boolean write, int intervalSeconds, int maxPageSize, int resultCap) {
    this.wireName = wireName;
    this.write = write;
    this.documentedInterval = Duration.ofSeconds(intervalSeconds);
    this.maxPageSize = maxPageSize;
    this.resultCap = resultCap;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public boolean isWrite() {
    return write;
  }

  @Override
  public Duration documentedInterval() {
    return documentedInterval;
  }

  @Override
  public OptionalInt maxPageSize() {
    return maxPageSize == 0 ? OptionalInt.empty() : OptionalInt.of(maxPageSize);
  }

  /**
   * The most results the provider returns (or exports) for one query, as the documentation gives
   * it.
   *
   * @return the cap, empty when the documentation gives none
   */
  public OptionalInt resultCap() {
    return resultCap == 0 ? OptionalInt.empty() : OptionalInt.of(resultCap);
  }
}
