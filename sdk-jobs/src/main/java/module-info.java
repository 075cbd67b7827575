/**
 * simbridge jobs: durable bulk writes over a fleet, journalled per SIM in SQLite or PostgreSQL,
 * and call limits shared by every process that uses one provider account.
 */
// The PostgreSQL driver ships no module descriptor; its Automatic-Module-Name is stable.
@SuppressWarnings("requires-automatic")
module io.simbridge.jobs {
  requires transitive io.simbridge.fleet;
  requires transitive java.sql;
  requires java.management;
  requires org.slf4j;
  requires org.xerial.sqlitejdbc;
  requires org.postgresql.jdbc;

  exports io.simbridge.jobs;
}
