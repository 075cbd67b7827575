/**
 * simbridge jobs: durable bulk writes over a fleet, journalled per SIM in SQLite or PostgreSQL,
 * and call limits shared by every process that uses one provider account.
 */
module io.simbridge.jobs {
  requires transitive io.simbridge.fleet;
  requires transitive java.sql;
  requires java.management;
  requires org.slf4j;
  requires org.xerial.sqlitejdbc;
  requires org.postgresql.jdbc;

  exports io.simbridge.jobs;
}
