package io.simbridge.testkit.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulators' own copy of operation names and intervals, kept only until the provider
 * modules' factories return their operation enums (issue 16): then
 * {@link DocumentedOperations#forEmulator(String)} reads the enums and this class is deleted. The
 * sole place that still declares them in the test kit.
 */
final class InterimOperations {
  private InterimOperations() {}

  static Map<String, Duration> of(String providerId) {
    Map<String, Duration> ops = new LinkedHashMap<>();
    switch (providerId) {
      case "thingsmobile" -> {
        for (String op : List.of("activateSim", "blockSim", "disconnectSim", "unblockSim", "simStatus", "simListLite",
            "credit", "updateSimName", "updateSimTag", "setupSimExpirationDate", "setupSimTrafficThreeshold",
            "customPlanList", "createCustomPlan", "modifyCustomPlan", "changeSimPlan", "sendSms", "downloadCdr",
            "rechargeSim", "getCdrPaginated")) {
          ops.put(op, Duration.ZERO);
        }
        for (String op : List.of("activateSim", "simStatus", "credit", "getCdrPaginated", "sendSms")) {
          ops.put(op, Duration.ofSeconds(5));
        }
        ops.put("simListLite", Duration.ofSeconds(1));
      }
      case "m2miportal" -> {
        for (String op : List.of("query_last_mo_traffic", "query_contract", "query_status", "query_usage",
            "query_usage_levels", "query_sms_mt_details", "set_status", "set_group", "send_sms")) {
          ops.put(op, Duration.ZERO);
        }
      }
      default -> throw new IllegalStateException("no interim operations for " + providerId);
    }
    return ops;
  }
}
