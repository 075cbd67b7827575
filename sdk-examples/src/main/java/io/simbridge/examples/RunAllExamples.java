package io.simbridge.examples;

/**
 * Runs every example, one after the other, against the embedded emulators (or the services the
 * {@code SIMBRIDGE_*} environment variables configure). Fails at the first example that fails.
 */
public final class RunAllExamples {
  private RunAllExamples() {}

  /**
   * @param args none
   * @throws Exception if an example fails
   */
  public static void main(String[] args) throws Exception {
    try (ExampleEnvironment env = new ExampleEnvironment(System.getenv())) {
      ThingsMobileExample.run(env, System.out);
      HorisenExample.run(env, System.out);
      FreebitExample.run(env, System.out);
      M2mIportalExample.run(env, System.out);
      // The mixed fleet, with the metrics its calls recorded.
      ObservedFleetExample.run(env, System.out);
      BulkJobExample.run(env, System.out);
    }
    System.out.println("All examples ran.");
  }
}
