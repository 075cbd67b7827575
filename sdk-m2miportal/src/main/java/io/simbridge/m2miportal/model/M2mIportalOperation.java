package io.simbridge.m2miportal.model;

import io.simbridge.core.ProviderOperation;
import java.time.Duration;

/**
 * The API's documented operations, each named by its request's root element. The six information
 * requests are reads; the three commands change live configuration at once and are not undone
 * automatically, so they are writes, never sent twice on their own.
 *
 * <p>The provider documents no call limit for any of them ({@link #documentedInterval()} is
 * zero); {@code query_usage} "may be rate limited", so its users may set one:
 * <pre>{@code
 * M2mIportalClient.builder()...callInterval(M2mIportalOperation.QUERY_USAGE, Duration.ofSeconds(5))
 * }</pre>
 */
public enum M2mIportalOperation implements ProviderOperation {
  /** Information request: last confirmed mobile-originated traffic. */
  QUERY_LAST_MO_TRAFFIC("query_last_mo_traffic", false),
  /** Information request: contract term. */
  QUERY_CONTRACT("query_contract", false),
  /** Information request: status. */
  QUERY_STATUS("query_status", false),
  /** Information request: usage this calendar month. */
  QUERY_USAGE("query_usage", false),
  /** Information request: warning level and limit. */
  QUERY_USAGE_LEVELS("query_usage_levels", false),
  /** Information request: recent mobile-terminated SMS. */
  QUERY_SMS_MT_DETAILS("query_sms_mt_details", false),
  /** Command: allow or prevent traffic. */
  SET_STATUS("set_status", true),
  /** Command: move the SIM to another group. */
  SET_GROUP("set_group", true),
  /** Command: send an SMS to the SIM. */
  SEND_SMS("send_sms", true);

  // The provider id; the model may not import the client, which declares it as PROVIDER_ID.
  private static final String PROVIDER = "m2miportal";

  private final String wireName;
  private final boolean write;

  M2mIportalOperation(String wireName, boolean write) {
    this.wireName = wireName;
    this.write = write;
  }

  /**
   * The provider that documents this operation.
   *
   * @return {@code m2miportal}
   */
  @Override
  public String provider() {
    return PROVIDER;
  }

  /**
   * The request's root element, also the operation's name in logs, errors and call limits.
   *
   * @return the root element, such as {@code query_usage}
   */
  @Override
  public String wireName() {
    return wireName;
  }

  /**
   * Whether this is a command.
   *
   * @return {@code true} for the commands {@code set_status}, {@code set_group} and
   *     {@code send_sms}
   */
  @Override
  public boolean isWrite() {
    return write;
  }

  /**
   * The provider documents no call limit.
   *
   * @return {@link Duration#ZERO}
   */
  @Override
  public Duration documentedInterval() {
    return Duration.ZERO;
  }
}
