package io.simbridge.jobs;

import io.simbridge.core.Capability;

/**
 * The neutral writes a job can run: one per write of {@link io.simbridge.core.SimOperations}.
 * Each says what {@link BulkJobs#reconcile} may do with a row whose outcome is ambiguous.
 */
public enum WriteOperation {
  /** Activates a SIM; read back as its state. */
  ACTIVATE(Capability.ACTIVATE, Effect.READABLE),
  /** Suspends a SIM; read back as its state. */
  SUSPEND(Capability.SUSPEND, Effect.READABLE),
  /** Resumes a SIM; read back as its state. */
  RESUME(Capability.RESUME, Effect.READABLE),
  /** Forces a SIM to attach again; leaves nothing to read back. */
  DISCONNECT(Capability.DISCONNECT, Effect.UNREADABLE),
  /** Renames a SIM; read back from the provider's SIM list. */
  RENAME(Capability.RENAME, Effect.READABLE),
  /** Tags a SIM; read back from the provider's SIM list. */
  TAG(Capability.TAG, Effect.READABLE),
  /** Sets a SIM's expiry; the neutral API cannot read it back exactly. */
  SET_EXPIRY(Capability.SET_EXPIRY, Effect.UNREADABLE),
  /** Sets a SIM's traffic thresholds; the neutral API cannot read them back. */
  SET_DATA_LIMITS(Capability.SET_DATA_LIMITS, Effect.UNREADABLE),
  /** Adds data to a SIM's balance: sending it twice adds twice. */
  TOP_UP(Capability.TOP_UP, Effect.ADDITIVE),
  /** Sends an SMS: sending it twice sends two. */
  SEND_SMS(Capability.SEND_SMS, Effect.ADDITIVE),
  /** Moves a SIM to another plan; read back from the provider's SIM list. */
  CHANGE_PLAN(Capability.CHANGE_PLAN, Effect.READABLE);

  /** What repeating the write does, and whether its effect can be read back. */
  public enum Effect {
    /** Repeating it changes nothing more, and its effect can be read back. */
    READABLE,
    /** Repeating it changes nothing more, but its effect cannot be read back. */
    UNREADABLE,
    /** Each sending adds something: simbridge never sends it again on its own. */
    ADDITIVE
  }

  private final Capability capability;
  private final Effect effect;

  WriteOperation(Capability capability, Effect effect) {
    this.capability = capability;
    this.effect = effect;
  }

  /** @return the capability a provider needs for this write */
  public Capability capability() {
    return capability;
  }

  /** @return what repeating it does, and whether it can be read back */
  public Effect effect() {
    return effect;
  }
}
