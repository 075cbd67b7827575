package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A database password never shows: not in toString(), not in an error, whether in the URL or the properties. */
class SecretsTest {
  private static final String PASSWORD = "s3cr3t-Pa55";

  @Test
  void aPasswordInTheUrlOrThePropertiesNeverShowsInAnError() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Properties props = new Properties();
    props.setProperty("user", "ops");
    props.setProperty("password", PASSWORD);

    Throwable inUrl =
        catchThrowable(
            () ->
                JobStore.jdbc(
                    "jdbc:postgresql://127.0.0.1:"
                        + closedPort
                        + "/jobs?user=ops&password="
                        + PASSWORD
                        + "&connectTimeout=2"));
    Throwable inProps =
        catchThrowable(
            () ->
                JobStore.jdbc(
                    "jdbc:postgresql://127.0.0.1:" + closedPort + "/jobs?connectTimeout=2", props));

    for (Throwable t : new Throwable[] {inUrl, inProps}) {
      assertThat(t).isInstanceOf(JobStoreException.class).hasNoCause();
      assertThat(t.getMessage())
          .doesNotContain(PASSWORD)
          .contains("jdbc:postgresql://127.0.0.1:" + closedPort + "/jobs");
      assertThat(t.toString()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void aStoreNeverPrintsItsPassword() {
    Properties props = new Properties();
    props.setProperty("password", PASSWORD);
    String url = Postgres.newDatabase() + "&password=" + PASSWORD;
    try (JobStore store = JobStore.jdbc(url, props)) {
      assertThat(store.toString()).doesNotContain(PASSWORD).doesNotContain("password");
      assertThat(store.callLimits().toString()).doesNotContain(PASSWORD);
    }
  }
}
