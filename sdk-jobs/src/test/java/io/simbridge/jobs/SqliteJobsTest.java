package io.simbridge.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job contract on the embedded default: a SQLite file in a temporary folder. */
class SqliteJobsTest extends JobsContract {
  @TempDir Path dir;

  @Override
  JobStore open() {
    return JobStore.sqlite(dir.resolve("nested/jobs.db"));
  }

  @Test
  void theFileIsCreatedOnFirstUseAndReopensWithItsJobs() {
    jobs.submit(new JobSpec("kept", Emulated.activeSims(tm, 1), JobWrite.suspend()));
    store.close();

    try (JobStore again = JobStore.sqlite(dir.resolve("nested/jobs.db"))) {
      assertThat(Files.exists(dir.resolve("nested/jobs.db"))).isTrue();
      assertThat(BulkJobs.builder().store(again).fleet(fleet).build().jobs())
          .containsExactly("kept");
    }
  }
}
