package io.simbridge.core.model;

/** Who caused a suspension, where the provider tells. */
public enum SuspensionCause {
  /** The account holder suspended the SIM (for example through the API or portal). */
  USER,
  /** The provider suspended it (traffic limit reached, no credit, country disabled...). */
  PROVIDER,
  /** The provider does not say. */
  UNKNOWN
}
