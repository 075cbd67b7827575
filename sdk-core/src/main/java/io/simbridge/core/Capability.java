package io.simbridge.core;

/**
 * One thing a provider can do through the neutral API. Each provider declares the set it
 * supports ({@link ProviderView#capabilities()}); calling an operation outside that set raises
 * {@link io.simbridge.core.error.UnsupportedCapabilityException} before any network call.
 */
public enum Capability {
  /** {@link SimOperations#activate}. */
  ACTIVATE(Area.SIM_OPERATIONS),
  /** {@link SimOperations#suspend}. */
  SUSPEND(Area.SIM_OPERATIONS),
  /** {@link SimOperations#resume}. */
  RESUME(Area.SIM_OPERATIONS),
  /** {@link SimOperations#disconnect}. */
  DISCONNECT(Area.SIM_OPERATIONS),
  /** {@link SimOperations#rename}. */
  RENAME(Area.SIM_OPERATIONS),
  /** {@link SimOperations#tag}. */
  TAG(Area.SIM_OPERATIONS),
  /** {@link SimOperations#setExpiry}. */
  SET_EXPIRY(Area.SIM_OPERATIONS),
  /** {@link SimOperations#setDataLimits}. */
  SET_DATA_LIMITS(Area.SIM_OPERATIONS),
  /** {@link SimOperations#topUp}. */
  TOP_UP(Area.SIM_OPERATIONS),
  /** {@link SimOperations#sendSms}. */
  SEND_SMS(Area.SIM_OPERATIONS),
  /** {@link SimOperations#changePlan}. */
  CHANGE_PLAN(Area.SIM_OPERATIONS),

  /** {@link TrafficQueries#state}. */
  SIM_STATE(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#usageNow}. */
  USAGE_NOW(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#dailyUsage}. */
  DAILY_USAGE(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#lastActivity}. */
  LAST_MO_TRAFFIC(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#contractTerm}. */
  CONTRACT_TERM(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#usageRecords}. */
  USAGE_RECORDS(Area.TRAFFIC_QUERIES),
  /** {@link TrafficQueries#listSims}. */
  LIST_SIMS(Area.TRAFFIC_QUERIES),

  /** {@link ReportQueries#customerTraffic}. */
  CUSTOMER_TRAFFIC_REPORT(Area.REPORT_QUERIES),
  /** {@link ReportQueries#supplierTraffic}. */
  SUPPLIER_TRAFFIC_REPORT(Area.REPORT_QUERIES),
  /** {@link ReportQueries#overallTraffic}. */
  OVERALL_TRAFFIC_REPORT(Area.REPORT_QUERIES),
  /** {@link ReportQueries#creditBalance}. */
  CREDIT_BALANCE(Area.REPORT_QUERIES),
  /** {@link ReportQueries#creditHistory}. */
  CREDIT_HISTORY(Area.REPORT_QUERIES);

  /** The neutral interface a capability belongs to. */
  public enum Area {
    /** {@link SimOperations}. */
    SIM_OPERATIONS,
    /** {@link TrafficQueries}. */
    TRAFFIC_QUERIES,
    /** {@link ReportQueries}. */
    REPORT_QUERIES
  }

  private final Area area;

  Capability(Area area) {
    this.area = area;
  }

  /** @return the neutral interface this capability belongs to */
  public Area area() {
    return area;
  }
}
