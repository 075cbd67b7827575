package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.Objects;

/**
 * The fleet cannot tell which provider owns a SIM: it is in no registry entry and matches no
 * routing rule. The fleet never guesses. The message names the SIM (its ICCID or MSISDN masked
 * but the last four digits, as in the logs, unless masking is turned off) and lists the rules;
 * {@link #sim()} gives the whole SIM.
 */
public class UnknownSimException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient SimRef sim;

  /**
   * An exception whose message masks the SIM's identifiers.
   *
   * @param sim   the SIM
   * @param rules the routing rules, for the message
   */
  public UnknownSimException(SimRef sim, String rules) {
    this(sim, rules, true);
  }

  /**
   * @param sim               the SIM
   * @param rules             the routing rules, for the message
   * @param maskSubscriberIds whether the message masks the SIM's ICCID or MSISDN but the last four
   *                          digits
   */
  public UnknownSimException(SimRef sim, String rules, boolean maskSubscriberIds) {
    super(
        "sim",
        SimRouter.label(Objects.requireNonNull(sim, "sim"), maskSubscriberIds)
            + " is not registered and matches no routing rule",
        "a SIM registered with register(...) or matching a rule (" + rules + ")");
    this.sim = sim;
  }

  /**
   * @return the SIM no provider owns, whole
   */
  public SimRef sim() {
    return sim;
  }
}
