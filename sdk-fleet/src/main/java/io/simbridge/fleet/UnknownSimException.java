package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.Objects;

/**
 * The fleet cannot tell which provider owns a SIM: it is in no registry entry and matches no
 * routing rule. The fleet never guesses. The message names the SIM and lists the rules.
 */
public class UnknownSimException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient SimRef sim;

  /**
   * @param sim   the SIM
   * @param rules the routing rules, for the message
   */
  public UnknownSimException(SimRef sim, String rules) {
    super("sim", sim.label() + " is not registered and matches no routing rule",
        "a SIM registered with register(...) or matching a rule (" + rules + ")");
    this.sim = Objects.requireNonNull(sim, "sim");
  }

  /** @return the SIM no provider owns */
  public SimRef sim() {
    return sim;
  }
}
