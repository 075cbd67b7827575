package io.simbridge.horisen;

/**
 * How a HORISEN platform's host names join their prefix to the platform domain:
 * {@code https://api{separator}{platform_domain}}.
 */
public enum Separator {
  /** {@code api.example.com}. */
  DOT("."),
  /** {@code api-example.com}. */
  HYPHEN("-");

  private final String symbol;

  Separator(String symbol) {
    this.symbol = symbol;
  }

  /** @return {@code .} or {@code -} */
  public String symbol() {
    return symbol;
  }
}
