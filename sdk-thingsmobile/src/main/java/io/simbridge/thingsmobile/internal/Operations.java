package io.simbridge.thingsmobile.internal;

import io.simbridge.core.internal.http.OperationSpec;
import java.time.Duration;

/**
 * The 19 operations of the business API, each declared once: its name on the wire (appended to
 * the base URL), whether it is safe to repeat, and its documented call limit.
 */
public final class Operations {
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

  /** 4.1: needs both MSISDN and barcode; at most one call every 5 s. */
  public static final OperationSpec ACTIVATE_SIM = OperationSpec.write("activateSim").withMinInterval(FIVE_SECONDS);
  /** 4.2. */
  public static final OperationSpec BLOCK_SIM = OperationSpec.write("blockSim");
  /** 4.3. */
  public static final OperationSpec DISCONNECT_SIM = OperationSpec.write("disconnectSim");
  /** 4.4. */
  public static final OperationSpec UNBLOCK_SIM = OperationSpec.write("unblockSim");
  /** 4.5: at most one call every 5 s. */
  public static final OperationSpec SIM_STATUS = OperationSpec.read("simStatus").withMinInterval(FIVE_SECONDS);
  /** 4.6: at most one call every second. */
  public static final OperationSpec SIM_LIST_LITE =
      OperationSpec.read("simListLite").withMinInterval(Duration.ofSeconds(1));
  /** 4.7: at most one call every 5 s. */
  public static final OperationSpec CREDIT = OperationSpec.read("credit").withMinInterval(FIVE_SECONDS);
  /** 4.8: the provider also allows 3 calls per active SIM per day, which it enforces itself. */
  public static final OperationSpec UPDATE_SIM_NAME = OperationSpec.write("updateSimName");
  /** 4.9: same daily allowance as updateSimName. */
  public static final OperationSpec UPDATE_SIM_TAG = OperationSpec.write("updateSimTag");
  /** 4.10. */
  public static final OperationSpec SETUP_SIM_EXPIRATION_DATE = OperationSpec.write("setupSimExpirationDate");
  /** 4.11: the provider's spelling ("Threeshold") is the one on the wire. */
  public static final OperationSpec SETUP_SIM_TRAFFIC_THRESHOLD = OperationSpec.write("setupSimTrafficThreeshold");
  /** 4.12. */
  public static final OperationSpec CUSTOM_PLAN_LIST = OperationSpec.read("customPlanList");
  /** 4.13. */
  public static final OperationSpec CREATE_CUSTOM_PLAN = OperationSpec.write("createCustomPlan");
  /** 4.14. */
  public static final OperationSpec MODIFY_CUSTOM_PLAN = OperationSpec.write("modifyCustomPlan");
  /** 4.15 (associate plan). */
  public static final OperationSpec CHANGE_SIM_PLAN = OperationSpec.write("changeSimPlan");
  /** 4.16: at most one call every 5 s. */
  public static final OperationSpec SEND_SMS = OperationSpec.write("sendSms").withMinInterval(FIVE_SECONDS);
  /** 4.17: schedules an e-mailed export, so a repeat would schedule a second one. */
  public static final OperationSpec DOWNLOAD_CDR = OperationSpec.write("downloadCdr");
  /** 4.18. */
  public static final OperationSpec RECHARGE_SIM = OperationSpec.write("rechargeSim");
  /** 4.19: at most one call every 5 s. */
  public static final OperationSpec GET_CDR_PAGINATED =
      OperationSpec.read("getCdrPaginated").withMinInterval(FIVE_SECONDS);

  private Operations() {}
}
