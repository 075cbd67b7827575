package io.simbridge.freebit;

import io.simbridge.core.testing.ProviderAnatomy;

/** Issue 16: this module follows the anatomy every provider module shares. */
class AnatomyTest implements ProviderAnatomy {

  @Override
  public String rootPackage() {
    return "io.simbridge.freebit";
  }

  @Override
  public String prefix() {
    return "Freebit";
  }
}
