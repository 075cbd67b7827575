package io.simbridge.freebit.internal;

/**
 * freebit's answers as Jackson binds them. Every field is a {@code String}: freebit sends
 * numbers as JSON strings ({@code "resultCode": "100"}), and a JSON number in their place is
 * read as its text too, so both parse the same way through {@link io.simbridge.core.internal.parse.Fields}.
 * Unknown fields are ignored.
 */
public final class Answers {
  private Answers() {}

  /** What every answer carries: the result code and its status. */
  public interface Answer {
    /** @return the overall result code, {@code 100} on success */
    String resultCode();

    /** @return the status object, may be {@code null} */
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
  public record TrafficInfo(String resultCode, Status status, String account, Traffic traffic) implements Answer {}

  /**
   * {@code traffic}.
   *
   * @param today        traffic today, in KB
   * @param inRecentDays comma-separated daily traffic, in KB; empty for share groups
   * @param blackList    {@code 10} blacklisted, {@code 20} not blacklisted
   */
  public record Traffic(String today, String inRecentDays, String blackList) {}
}
