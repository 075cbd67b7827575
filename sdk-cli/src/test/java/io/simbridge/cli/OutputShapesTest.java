package io.simbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON shapes (and CSV headers) scripts rely on, as the README documents them. A change
 * here breaks users' scripts: add columns at the end, never rename or remove one.
 */
class OutputShapesTest extends SandboxTest {

  @Test
  void everyCommandsColumnsAreStable() {
    assertThat(Rows.STATE)
        .containsExactly(
            "sim", "provider", "state", "rawState", "suspensionCause", "error", "message");
    assertThat(Rows.USAGE)
        .containsExactly(
            "sim",
            "provider",
            "todayBytes",
            "thisMonthBytes",
            "totalBytes",
            "remainingBytes",
            "smsCount",
            "voiceMinutes",
            "error",
            "message");
    assertThat(Rows.DAILY_USAGE)
        .containsExactly(
            "sim",
            "provider",
            "todayBytes",
            "recentDaysBytes",
            "blacklisted",
            "rawBlacklist",
            "error",
            "message");
    assertThat(Rows.LAST_ACTIVITY)
        .containsExactly(
            "sim", "provider", "time", "kind", "rawKind", "network", "country", "error", "message");
    assertThat(Rows.CONTRACT)
        .containsExactly(
            "sim", "provider", "type", "rawType", "monthsRemaining", "expired", "error", "message");
    assertThat(Rows.CDRS)
        .containsExactly(
            "sim", "provider", "start", "end", "volumeBytes", "network", "country", "operator");
    assertThat(Rows.SIMS)
        .containsExactly(
            "provider",
            "iccid",
            "msisdn",
            "account",
            "state",
            "rawState",
            "name",
            "tag",
            "plan",
            "activatedAt",
            "expiresAt",
            "lastConnection",
            "remainingBytes");
    assertThat(Rows.WRITES)
        .containsExactly("sim", "provider", "operation", "status", "error", "message");
    assertThat(Rows.REPORT)
        .containsExactly(
            "provider",
            "side",
            "date",
            "periodStart",
            "periodEnd",
            "counterparty",
            "country",
            "countryCode",
            "operator",
            "mcc",
            "mnc",
            "messages",
            "unitPrice",
            "amount",
            "currency");
    assertThat(Rows.CREDIT).containsExactly("provider", "amount", "currency", "error", "message");
    assertThat(Rows.CREDIT_HISTORY)
        .containsExactly("provider", "time", "amount", "currency", "description", "sim");
    assertThat(Rows.PROVIDERS).containsExactly("provider", "name", "capabilities");
    assertThat(Rows.CONFIG).containsExactly("provider", "key", "value", "source");
  }

  @Test
  void jsonValuesAreTypedForMachines() {
    assertThat(cli.run("--sandbox", "sim", "usage", TM_ACTIVE, "-o", "jsonl").out())
        .isEqualTo(
            "{\"sim\":\"882361000000001\",\"provider\":\"thingsmobile\",\"todayBytes\":100000,\"thisMonthBytes\":1200000,"
                + "\"totalBytes\":4800000,\"remainingBytes\":10485760,\"smsCount\":null,\"voiceMinutes\":null,"
                + "\"error\":null,\"message\":null}\n");
    assertThat(cli.run("--sandbox", "sim", "state", TM_SUSPENDED, "-o", "json").out())
        .isEqualTo(
            "[\n{\"sim\":\"882361000000008\",\"provider\":\"thingsmobile\",\"state\":\"SUSPENDED\",\"rawState\":"
                + "\"suspended\",\"suspensionCause\":\"UNKNOWN\",\"error\":null,\"message\":null}\n]\n");
    String sim = cli.run("--sandbox", "sims", "list", "--limit", "1", "-o", "jsonl").out();
    assertThat(sim)
        .isEqualTo(
            "{\"provider\":\"thingsmobile\",\"iccid\":\"8944501312100000003\",\"msisdn\":"
                + "\"882361000000000\",\"account\":null,\"state\":\"ACTIVE\",\"rawState\":\"active\",\"name\":\"sim-00000\","
                + "\"tag\":\"fleet-a\",\"plan\":\"default\",\"activatedAt\":\"2025-09-22T22:00:00Z\",\"expiresAt\":null,"
                + "\"lastConnection\":\"2025-12-31T23:00:00Z\",\"remainingBytes\":0}\n");
  }

  @Test
  void anEmptyResultIsStillValidOutputInEveryFormat() {
    assertThat(cli.run("--sandbox", "sims", "list", "--name", "nobody", "-o", "json").out())
        .isEqualTo("[]\n");
    assertThat(cli.run("--sandbox", "sims", "list", "--name", "nobody", "-o", "jsonl").out())
        .isEmpty();
    assertThat(
            cli.run("--sandbox", "sims", "list", "--name", "nobody", "-o", "csv")
                .out()
                .lines()
                .toList())
        .isEqualTo(List.of(String.join(",", Rows.SIMS)));
  }
}
