package io.simbridge.core.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where the call limiter keeps each lane's turn when several processes use one provider account:
 * the documented limits are per account, not per process. Without a store (the default) each
 * client keeps its turns in memory, which is right for one process per account.
 *
 * <p>A lane is one account and one operation group, named by {@link #fingerprint} and the
 * operation; it never contains a secret. The store measures time with its own clock (a
 * database's), so processes with skewed clocks agree. A turn is held for a lease: if its holder
 * dies without {@link #release releasing} it, the others wait until the lease ends, then one
 * interval more, since the lost call may have completed at any time until then.
 *
 * <p>Implementations must be thread-safe. The limiter does the waiting; a store only answers.
 */
public interface CallLimitStore {

  /**
   * Takes the lane's turn for {@code holder} if nobody holds it (or the holder's lease ended) and
   * {@code interval} has passed since the previous call of the lane completed.
   *
   * @param lane     the lane: an account fingerprint and an operation group
   * @param holder   a unique id of this call
   * @param interval the minimum time between the previous call's completion and this call
   * @param lease    how long the turn stays taken if the holder never releases it
   * @return {@link Duration#ZERO} when the turn was taken; otherwise how long to wait before asking
   *     again
   */
  Duration tryAcquire(String lane, String holder, Duration interval, Duration lease);

  /**
   * Gives the turn back and records the store's present time as the lane's last completion.
   *
   * @param lane   the lane
   * @param holder the id given to {@link #tryAcquire}
   */
  void release(String lane, String holder);

  /**
   * Names an account without revealing anything about its credentials: the SHA-256 of its parts.
   *
   * @param provider the provider id
   * @param parts    what identifies the account, such as the base URL and the user name
   * @return 64 hexadecimal digits
   */
  static String fingerprint(String provider, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Objects.requireNonNull(provider, "provider").getBytes(StandardCharsets.UTF_8));
      for (String p : parts) {
        // A separator no identifier contains, so ("ab", "c") and ("a", "bc") differ.
        sha.update((byte) 0);
        sha.update(Objects.requireNonNull(p, "part").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
