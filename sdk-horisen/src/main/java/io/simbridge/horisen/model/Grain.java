package io.simbridge.horisen.model;

/** The time grain of an overall traffic report ({@code grain}). */
public enum Grain {
  /** One row per day at most (the API's default). */
  DAY("day"),
  /** One row per hour at most; enables the {@code msgDt} field. */
  HOUR("hour");

  private final String apiName;

  Grain(String apiName) {
    this.apiName = apiName;
  }

  /** @return the value in the API, {@code day} or {@code hour} */
  public String apiName() {
    return apiName;
  }
}
