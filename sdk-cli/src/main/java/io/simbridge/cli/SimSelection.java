package io.simbridge.cli;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The SIMs a command acts on: arguments, a file, or both, and optionally a provider for all. */
final class SimSelection {
  @Parameters(
      paramLabel = "SIM",
      arity = "0..*",
      description =
          "ICCID (18-22 digits), MSISDN, or iccid:/msisdn:/account: followed by the identifier.")
  List<String> sims = new ArrayList<>();

  @Option(
      names = "--sims-file",
      paramLabel = "FILE",
      description = "Read SIMs from FILE, one per line (first CSV field; # comments); - for stdin.")
  String file;

  @Option(
      names = "--provider",
      paramLabel = "PROVIDER",
      description = "Send every SIM to this provider instead of routing it.")
  String provider;

  /**
   * @param io the run's input
   * @return the SIMs, arguments first, then the file's
   * @throws InvalidInputException if none is given
   */
  List<SimRef> resolve(Io io) {
    List<SimRef> out = new ArrayList<>();
    sims.forEach(s -> out.add(Sims.parse(s)));
    if (file != null) {
      out.addAll(Sims.read(file, io.in()));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(
          "SIM", "none given", "one or more SIMs as arguments, or --sims-file FILE");
    }
    return out;
  }
}
