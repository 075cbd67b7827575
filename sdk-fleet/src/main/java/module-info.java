/**
 * simbridge fleet: one API over several providers at once, through their neutral views.
 */
module io.simbridge.fleet {
  requires transitive io.simbridge.core;

  exports io.simbridge.fleet;
}
