package io.simbridge.jobs;

/** The job contract on PostgreSQL, started by the test from Maven artifacts. */
class PostgresJobsTest extends JobsContract {
  @Override
  JobStore open() {
    return JobStore.jdbc(Postgres.newDatabase());
  }
}
