package io.simbridge.m2miportal.internal;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.internal.check.InputChecks;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.SimRef;
import java.util.Objects;

/**
 * Input the provider would refuse, refused before anything is sent with an
 * {@link InvalidInputException} naming the field. An {@link Iccid} is checked when it is created,
 * and a {@link io.simbridge.m2miportal.model.SendSmsRequest} checks itself (its GSM 7-bit rules
 * live beside it in the model).
 */
public final class Checks {
  /** The most SMS {@code query_sms_mt_details} returns. */
  static final int MAX_LASTX = 20;

  private Checks() {}

  /**
   * The {@code lastx} of {@code query_sms_mt_details}.
   *
   * @param lastx how many SMS
   * @return it, when 1 to {@value #MAX_LASTX}
   * @throws InvalidInputException if it is out of range
   */
  public static int lastx(int lastx) {
    if (lastx < 1 || lastx > MAX_LASTX) {
      throw new InvalidInputException("lastx", "is " + lastx, "1 to " + MAX_LASTX);
    }
    return lastx;
  }

  /**
   * The {@code group} of {@code set_group}.
   *
   * @param groupCode the group code
   * @return it, when neither blank nor holding control characters
   * @throws InvalidInputException if it is blank or holds a control character
   */
  public static String groupCode(String groupCode) {
    return InputChecks.text(
        "groupCode", groupCode, "the distributor-specific group code (not the group's name)");
  }

  /**
   * A required argument that has no rule of its own beyond being there.
   *
   * @param value the argument
   * @param name  its name
   * @param <T>   its type
   * @return it
   * @throws NullPointerException if it is null
   */
  public static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /**
   * The SIM of a neutral-API call: M2M iPortal names SIMs by ICCID only.
   *
   * @param sim the SIM
   * @return its ICCID
   * @throws InvalidInputException if it has none
   */
  public static Iccid iccid(SimRef sim) {
    Objects.requireNonNull(sim, "sim");
    return sim.iccid()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "sim",
                    sim.label() + " has no ICCID",
                    "a SimRef with an ICCID: M2M iPortal names SIMs by ICCID only"));
  }
}
