package io.simbridge.jobs;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a job does: one write on many SIMs, under a name that identifies it for ever in its store.
 *
 * @param name  the job's name: 1 to 200 characters, no control characters
 * @param sims  the SIMs, each at most once, at least one
 * @param write the write sent to each SIM
 */
public record JobSpec(String name, List<SimRef> sims, JobWrite write) {

  /**
   * Validates the record.
   *
   * @param name  the job's name: 1 to 200 characters, no control characters
   * @param sims  the SIMs, each at most once, at least one
   * @param write the write sent to each SIM
   */
  public JobSpec {
    if (name == null
        || name.isBlank()
        || name.length() > 200
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "name",
          name == null
              ? "is missing"
              : "'" + name + "' is blank, too long or" + " holds a control character",
          "1 to 200 characters, no control characters");
    }
    sims = List.copyOf(Objects.requireNonNull(sims, "sims"));
    Objects.requireNonNull(write, "write");
    if (sims.isEmpty()) {
      throw new InvalidInputException("sims", "is empty", "at least one SIM");
    }
    Set<SimRef> seen = new HashSet<>();
    for (SimRef s : sims) {
      if (!seen.add(s)) {
        throw new InvalidInputException(
            "sims",
            "name " + s.label() + " twice",
            "each SIM at most once, so that no" + " write is sent twice");
      }
    }
  }
}
