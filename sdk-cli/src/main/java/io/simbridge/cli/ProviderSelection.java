package io.simbridge.cli;

import io.simbridge.core.Capability;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.error.UnsupportedCapabilityException;
import io.simbridge.fleet.SimFleet;
import java.util.List;
import picocli.CommandLine.Option;

/** Which providers an account-level command asks: one by {@code --provider}, or every capable one. */
final class ProviderSelection {
  @Option(names = "--provider", paramLabel = "PROVIDER", description = "Ask only this provider.")
  String provider;

  /**
   * @param fleet      the fleet
   * @param capability what the command needs
   * @return the providers to ask, by id order
   * @throws InvalidInputException if the named provider is missing, or none can do it
   */
  List<SimProvider> resolve(SimFleet fleet, Capability capability) {
    if (provider != null) {
      SimProvider p =
          fleet
              .provider(provider)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "--provider",
                          "'" + provider + "' is not configured",
                          String.join(", ", fleet.providerIds())));
      if (!p.supports(capability)) {
        throw new UnsupportedCapabilityException(provider, capability);
      }
      return List.of(p);
    }
    List<SimProvider> capable =
        fleet.providerIds().stream()
            .sorted()
            .map(id -> fleet.provider(id).orElseThrow())
            .filter(p -> p.supports(capability))
            .toList();
    if (capable.isEmpty()) {
      throw new InvalidInputException(
          "providers",
          "none of " + fleet.providerIds() + " supports " + capability,
          "configure a provider that does (simbridge providers)");
    }
    return capable;
  }
}
