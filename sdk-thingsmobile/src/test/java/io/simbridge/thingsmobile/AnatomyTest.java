package io.simbridge.thingsmobile;

import io.simbridge.core.testing.ProviderAnatomy;

/** Issue 16: this module follows the anatomy every provider module shares. */
class AnatomyTest implements ProviderAnatomy {

  @Override
  public String rootPackage() {
    return "io.simbridge.thingsmobile";
  }

  @Override
  public String prefix() {
    return "ThingsMobile";
  }
}
