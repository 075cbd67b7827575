package io.simbridge.horisen;

import io.simbridge.core.testing.ProviderAnatomy;

/** Issue 16: this module follows the anatomy every provider module shares. */
class AnatomyTest implements ProviderAnatomy {

  @Override
  public String rootPackage() {
    return "io.simbridge.horisen";
  }

  @Override
  public String prefix() {
    return "Horisen";
  }
}
