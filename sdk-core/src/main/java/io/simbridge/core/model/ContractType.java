package io.simbridge.core.model;

/** The kind of contract term applied to a SIM. */
public enum ContractType {
  /** The SIM cannot be moved or closed until the term has run (M2M iPortal type 1). */
  MINIMUM_TERM,
  /** A fixed period after which the SIM is deactivated automatically (M2M iPortal type 2). */
  FIXED_TERM,
  /** A type simbridge does not know; see the raw value. */
  OTHER
}
