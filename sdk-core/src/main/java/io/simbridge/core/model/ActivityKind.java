package io.simbridge.core.model;

/** The kind of a SIM's traffic. */
public enum ActivityKind {
  /** A data session. */
  DATA,
  /** An SMS. */
  SMS,
  /** A voice call. */
  VOICE,
  /** Something else; see the raw value. */
  OTHER
}
