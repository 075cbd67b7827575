package io.simbridge.thingsmobile.model;

/**
 * The four status groups simListLite filters by ({@code status} parameter), each covering several
 * {@link SimStatusCode SIM statuses}.
 */
public enum SimStatusGroup {
  /** {@code to-activate}: SIMs not activated yet ({@code not-active}). */
  TO_ACTIVATE("to-activate"),
  /** {@code active}: active SIMs, including those waiting for their initial recharge. */
  ACTIVE("active"),
  /** {@code suspended}: suspended, replaced, deleted SIMs and those with an operation pending. */
  SUSPENDED("suspended"),
  /** {@code deactivated}: deactivated SIMs. */
  DEACTIVATED("deactivated");

  private final String wireValue;

  SimStatusGroup(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value the API expects in simListLite's {@code status} parameter} */
  public String wireValue() {
    return wireValue;
  }
}
