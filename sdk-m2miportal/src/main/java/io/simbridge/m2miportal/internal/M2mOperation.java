package io.simbridge.m2miportal.internal;

import io.simbridge.core.internal.http.OperationSpec;

/**
 * The API's operations, each named by its request's root element. The provider documents no
 * call limits; {@code query_usage} "may be rate limited", so its users may set one with
 * {@code callInterval("query_usage", ...)}.
 */
public enum M2mOperation {
  /** Information request: last confirmed mobile-originated traffic. */
  QUERY_LAST_MO_TRAFFIC("query_last_mo_traffic", true),
  /** Information request: contract term. */
  QUERY_CONTRACT("query_contract", true),
  /** Information request: status. */
  QUERY_STATUS("query_status", true),
  /** Information request: usage this calendar month. */
  QUERY_USAGE("query_usage", true),
  /** Information request: warning level and limit. */
  QUERY_USAGE_LEVELS("query_usage_levels", true),
  /** Information request: recent mobile-terminated SMS. */
  QUERY_SMS_MT_DETAILS("query_sms_mt_details", true),
  /** Command: allow or prevent traffic. */
  SET_STATUS("set_status", false),
  /** Command: move the SIM to another group. */
  SET_GROUP("set_group", false),
  /** Command: send an SMS to the SIM. */
  SEND_SMS("send_sms", false);

  private final String root;
  private final OperationSpec spec;

  M2mOperation(String root, boolean read) {
    this.root = root;
    // Commands change live configuration at once and cannot be undone automatically: writes.
    this.spec = read ? OperationSpec.read(root) : OperationSpec.write(root);
  }

  /** @return the request's root element, also the operation's name in logs, errors and call limits */
  public String root() {
    return root;
  }

  /** @return what the transport needs to know */
  public OperationSpec spec() {
    return spec;
  }
}
