package io.simbridge.cli;

import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.fleet.RoutingRule;
import io.simbridge.fleet.SimFleet;
import io.simbridge.jobs.BulkJobs;
import io.simbridge.jobs.JobStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The providers one run of the command line talks to: the sandbox's emulators, or the providers
 * the configuration names, held in one {@link SimFleet}. Built on first use, so that commands that
 * need no provider (help, completion, config show) start nothing.
 */
final class Session implements AutoCloseable {
  private final boolean sandboxed;
  private final Configuration configuration;
  private final Sandbox shared;
  private final JobsLocation jobsLocation;
  private Sandbox sandbox;
  private SimFleet fleet;
  private JobStore jobStore;
  private SimFleet noProviders;

  /**
   * Where the durable jobs' journal is: a JDBC URL, else a SQLite file, else (sandbox only) a
   * temporary file the sandbox deletes when it stops.
   *
   * @param url  {@code --jobs-url} or {@code SIMBRIDGE_JOBS_URL}, or null
   * @param file {@code --jobs-db} or {@code ~/.simbridge/jobs.db}, or null for the sandbox's own
   */
  record JobsLocation(String url, Path file) {}

  /**
   * @param sandboxed     whether to use the embedded emulators
   * @param configuration the configuration
   * @param shared        a running sandbox to use and leave running, or null to start (and stop) one
   * @param jobsLocation  where the jobs' journal is
   */
  Session(
      boolean sandboxed, Configuration configuration, Sandbox shared, JobsLocation jobsLocation) {
    this.sandboxed = sandboxed;
    this.configuration = configuration;
    this.shared = shared;
    this.jobsLocation = jobsLocation;
  }

  /** @return whether the run uses the embedded emulators */
  boolean sandboxed() {
    return sandboxed;
  }

  /** @return the configuration (profiles, environment, properties) */
  Configuration configuration() {
    return configuration;
  }

  /** @return the factories of the providers this run can reach, without starting any of them */
  List<SimProviderFactory> providers() {
    Map<String, SimProviderFactory> all = SimProviders.available();
    return sandboxed
        ? List.copyOf(all.values())
        : configuration.providerIds().stream()
            .map(all::get)
            .filter(java.util.Objects::nonNull)
            .toList();
  }

  /**
   * The fleet, built on first use.
   *
   * @param forced a provider every given SIM is sent to ({@code --provider}), or null to route
   * @param sims   the SIMs the command names, registered with {@code forced}
   * @return the fleet
   */
  SimFleet fleet(String forced, Collection<SimRef> sims) {
    if (fleet != null) {
      return fleet;
    }
    Map<String, SimProvider> providers;
    List<RoutingRule> rules = new ArrayList<>();
    SimFleet.Builder b = SimFleet.builder();
    if (sandboxed) {
      sandbox = shared != null ? shared : new Sandbox();
      providers = sandbox.providers();
      rules.addAll(Sandbox.routes());
    } else {
      providers = configuration.build();
      if (providers.isEmpty()) {
        throw new InvalidInputException(
            "providers",
            "none is configured",
            "SIMBRIDGE_<PROVIDER>_* variables, simbridge.<provider>.* properties, a profile in "
                + configuration.file()
                + ", or --sandbox to try the embedded emulators");
      }
      rules.addAll(routes(configuration.routes().orElse("")));
      if (rules.isEmpty() && providers.size() == 1) {
        rules.addAll(everything(providers.keySet().iterator().next()));
      }
    }
    b.providers(providers);
    if (forced != null) {
      if (!providers.containsKey(forced)) {
        providers.values().forEach(SimProvider::close);
        throw new InvalidInputException(
            "--provider",
            "'" + forced + "' is not configured",
            String.join(", ", providers.keySet()));
      }
      b.registerAll(sims, forced);
    } else if (sandboxed) {
      sandbox.freebitShareGroups().forEach(g -> b.register(SimRef.account(g), "freebit"));
    }
    rules.forEach(b::route);
    fleet = b.build();
    return fleet;
  }

  /**
   * @param fleet the fleet
   * @param sims  how many SIMs the write names
   * @param job   the job's name ({@code --job}), or null
   * @param err   where a job's notices go
   * @return the writer a write command sends through: a durable job for several SIMs or a named
   *         job, the fleet directly for one SIM
   */
  BulkWriter bulkWriter(SimFleet fleet, int sims, String job, PrintWriter err) {
    return sims > 1 || job != null
        ? new JobBulkWriter(jobs(fleet), job, err)
        : new FleetBulkWriter(fleet);
  }

  /**
   * @param fleet the fleet the jobs' rows are sent through
   * @return the durable jobs in the run's journal, opened on first use
   */
  BulkJobs jobs(SimFleet fleet) {
    if (jobStore == null) {
      jobStore =
          jobsLocation.url() != null
              ? JobStore.jdbc(jobsLocation.url())
              : JobStore.sqlite(
                  jobsLocation.file() != null ? jobsLocation.file() : sandbox.jobsFile());
    }
    return BulkJobs.builder().store(jobStore).fleet(fleet).build();
  }

  private static List<RoutingRule> everything(String provider) {
    return List.of(
        RoutingRule.iccidPrefixRange("0", "9", provider),
        RoutingRule.msisdnPrefixRange("0", "9", provider));
  }

  /**
   * Parses routes: {@code msisdn:88236=thingsmobile, iccid:894430-894439=m2miportal}.
   *
   * @param text the routes setting
   * @return the rules, in order
   */
  static List<RoutingRule> routes(String text) {
    List<RoutingRule> rules = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String r = part.strip();
      if (r.isEmpty()) {
        continue;
      }
      String[] kindRest = r.split(":", 2);
      String[] rangeProvider = kindRest.length == 2 ? kindRest[1].split("=", 2) : new String[0];
      if (rangeProvider.length != 2) {
        throw new InvalidInputException(
            "routes",
            "'" + r + "' is not KIND:PREFIX=PROVIDER",
            "iccid:8944501=thingsmobile or msisdn:88236-88239=thingsmobile, separated by commas");
      }
      String[] range = rangeProvider[0].strip().split("-", 2);
      String first = range[0].strip();
      String last = range.length == 2 ? range[1].strip() : first;
      String provider = rangeProvider[1].strip();
      rules.add(
          switch (kindRest[0].strip().toLowerCase(java.util.Locale.ROOT)) {
            case "iccid" -> RoutingRule.iccidPrefixRange(first, last, provider);
            case "msisdn" -> RoutingRule.msisdnPrefixRange(first, last, provider);
            default ->
                throw new InvalidInputException(
                    "routes", "'" + kindRest[0] + "' in '" + r + "'", "iccid or msisdn");
          });
    }
    return rules;
  }

  /**
   * @return the jobs of the run's journal, to read (list, show, export): outside the sandbox over
   *         a fleet without providers, so that reading a journal needs no provider configured
   */
  BulkJobs journal() {
    if (sandboxed) {
      return jobs(fleet(null, List.of()));
    }
    if (noProviders == null) {
      noProviders = SimFleet.builder().build();
    }
    return jobs(noProviders);
  }

  /** Closes the jobs' journal and the fleet (and its providers), then stops the sandbox. */
  @Override
  public void close() {
    try {
      if (jobStore != null) {
        jobStore.close();
      }
      if (noProviders != null) {
        noProviders.close();
      }
      if (fleet != null) {
        fleet.close();
      }
    } finally {
      if (sandbox != null && sandbox != shared) {
        sandbox.close();
      }
    }
  }
}
