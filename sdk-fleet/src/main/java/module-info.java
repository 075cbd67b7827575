/**
 * simbridge fleet: one API over several providers at once, through their neutral views.
 */
module io.simbridge.fleet {
  requires transitive io.simbridge.core;
  requires org.slf4j;

  exports io.simbridge.fleet;
}
