package io.simbridge.freebit.internal;

import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import io.simbridge.freebit.model.BlackList;
import io.simbridge.freebit.model.FreebitAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * freebit's answers as Jackson binds them, and how a successful one becomes a model record. Every
 * field is a {@code String}: freebit sends numbers as JSON strings ({@code "resultCode": "100"}),
 * and a JSON number in their place is read as its text too, so both parse the same way through
 * {@link io.simbridge.core.internal.parse.Fields}. Unknown fields are ignored.
 */
public final class Answers {
  private Answers() {}

  /**
   * What freebit's "KB" is: 1,024 bytes. The documentation writes the unit with an upper-case
   * K, "KB", the binary (JEDEC) notation; the decimal kilobyte of 1,000 bytes is written "kB" in
   * SI. freebit states no conversion factor, so this is the one place to change should freebit
   * confirm the decimal reading.
   */
  static final DataUnit FREEBIT_KB = DataUnit.KIBIBYTE;

  /**
   * Turns a successful getTrafficInfo answer into a {@link io.simbridge.freebit.model.TrafficInfo}.
   *
   * @param requested the account that was asked for
   * @param answer    the successful answer
   * @return the traffic information
   * @throws MalformedFieldException if a value is missing or unreadable, or the answer is about
   *     another account
   */
  public static io.simbridge.freebit.model.TrafficInfo trafficInfo(
      FreebitAccount requested, TrafficInfo answer) {
    Fields.text(answer.account())
        .ifPresent(
            echoed -> {
              // Usage of another SIM reported as this one's would be worse than no answer.
              if (!echoed.equals(requested.value())) {
                throw new MalformedFieldException(
                    "account",
                    "names '"
                        + echoed
                        + "', not the account asked for ('"
                        + requested.value()
                        + "')");
              }
            });
    Traffic traffic = Fields.require("traffic", answer.traffic());
    DataVolume today =
        kilobytes("traffic.today", Fields.requireText("traffic.today", traffic.today()));
    return new io.simbridge.freebit.model.TrafficInfo(
        requested,
        today,
        recentDays(traffic.inRecentDays()),
        Fields.text(traffic.blackList()).map(BlackList::new));
  }

  /**
   * Reads {@code inRecentDays}: KB values separated by commas, in freebit's order; empty (as for
   * share groups) or absent means none. An empty entry between commas is refused rather than
   * dropped, which would shift every later day.
   */
  private static List<DataVolume> recentDays(String raw) {
    Optional<String> text = Fields.text(raw);
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.get().split(",", -1);
    List<DataVolume> days = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      String field = "traffic.inRecentDays[" + i + "]";
      days.add(kilobytes(field, Fields.requireText(field, parts[i])));
    }
    return days;
  }

  private static DataVolume kilobytes(String field, String value) {
    // An amount too large for a long in bytes fails in DataVolume.of, reported as malformed.
    return DataVolume.of(Fields.requireNonNegativeLong(field, value), FREEBIT_KB);
  }

  /** What every answer carries: the result code and its status. */
  public interface Answer {
    /**
     * The overall result code.
     *
     * @return the code, {@code 100} on success
     */
    String resultCode();

    /**
     * The status object.
     *
     * @return the status, may be {@code null}
     */
    Status status();
  }

  /**
   * {@code status}.
   *
   * @param message    the result message, such as {@code OK} or {@code NG}
   * @param statusCode the status code, mirroring the HTTP status of the table ({@code 200}, {@code 500}...)
   */
  public record Status(String message, String statusCode) {}

  /**
   * The answer of {@code authOem}.
   *
   * @param resultCode the result code
   * @param status     the status
   * @param authKey    the authentication key issued
   */
  public record AuthOem(String resultCode, Status status, String authKey) implements Answer {
    /** Keeps the key out of any accidental rendering of this DTO. */
    @Override
    public String toString() {
      return "AuthOem[resultCode=" + resultCode + ", status=" + status + ", authKey=***]";
    }
  }

  /**
   * The answer of PA05-01 {@code getTrafficInfo}.
   *
   * @param resultCode the result code
   * @param status     the status
   * @param account    the account the answer is about
   * @param traffic    the traffic information
   */
  public record TrafficInfo(String resultCode, Status status, String account, Traffic traffic)
      implements Answer {}

  /**
   * {@code traffic}.
   *
   * @param today        traffic today, in KB
   * @param inRecentDays comma-separated daily traffic, in KB; empty for share groups
   * @param blackList    {@code 10} blacklisted, {@code 20} not blacklisted
   */
  public record Traffic(String today, String inRecentDays, String blackList) {}
}
