package io.simbridge.cli;

import io.simbridge.cli.output.RowWriter;
import io.simbridge.core.Capability;
import io.simbridge.core.PagedIterable;
import io.simbridge.core.SimProvider;
import io.simbridge.core.model.ReportDimension;
import io.simbridge.core.model.TrafficReportRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code simbridge reports customer|supplier|overall --from --to}: traffic reports, written row by
 * row as pages arrive, so that a month of traffic streams through with flat memory. Filters are
 * applied to each row on the way.
 */
@Command(
    name = "reports",
    description = "Traffic reports (HORISEN), streamed.",
    subcommands = {
      ReportsCommand.Customer.class,
      ReportsCommand.Supplier.class,
      ReportsCommand.Overall.class
    })
final class ReportsCommand {

  /** The period and filters every report takes. */
  abstract static class Report extends CommandBase {
    @Mixin ProviderSelection providers;

    @Option(names = "--from", required = true, description = "First day, such as 2024-10-01.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day, inclusive.")
    LocalDate to;

    @Option(
        names = "--country",
        description = "Only rows of this country (name or two-letter code).")
    String country;

    @Option(names = "--counterparty", description = "Only rows of this customer or supplier.")
    String counterparty;

    @Option(names = "--operator", description = "Only rows of this operator.")
    String operator;

    abstract Capability capability();

    abstract PagedIterable<TrafficReportRow> rows(SimProvider p);

    @Override
    ExitCode run() {
      Dates.ordered("--to", from, to);
      List<SimProvider> asked = providers.resolve(session().fleet(null, List.of()), capability());
      try (RowWriter out = rows(Rows.REPORT)) {
        for (SimProvider p : asked) {
          for (TrafficReportRow r : rows(p)) {
            if (matches(r)) {
              out.write(Rows.report(p.providerId(), r));
            }
          }
        }
      }
      return ExitCode.OK;
    }

    private boolean matches(TrafficReportRow r) {
      return is(country, r.country(), r.countryCode())
          && is(counterparty, r.counterparty(), Optional.empty())
          && is(operator, r.operator(), Optional.empty());
    }

    private static boolean is(String wanted, Optional<String> a, Optional<String> b) {
      if (wanted == null) {
        return true;
      }
      String w = wanted.toLowerCase(Locale.ROOT);
      return a.map(v -> v.toLowerCase(Locale.ROOT).equals(w)).orElse(false)
          || b.map(v -> v.toLowerCase(Locale.ROOT).equals(w)).orElse(false);
    }
  }

  /** {@code reports customer}. */
  @Command(
      name = "customer",
      description = "Traffic received from customers, with what they are charged.")
  static final class Customer extends Report {
    @Override
    Capability capability() {
      return Capability.CUSTOMER_TRAFFIC_REPORT;
    }

    @Override
    PagedIterable<TrafficReportRow> rows(SimProvider p) {
      return p.customerTraffic(from, to);
    }
  }

  /** {@code reports supplier}. */
  @Command(name = "supplier", description = "Traffic sent to suppliers, with what they charge.")
  static final class Supplier extends Report {
    @Override
    Capability capability() {
      return Capability.SUPPLIER_TRAFFIC_REPORT;
    }

    @Override
    PagedIterable<TrafficReportRow> rows(SimProvider p) {
      return p.supplierTraffic(from, to);
    }
  }

  /** {@code reports overall}. */
  @Command(name = "overall", description = "Both sides of the traffic, by day, grouped as asked.")
  static final class Overall extends Report {
    @Option(
        names = "--group-by",
        split = ",",
        paramLabel = "DIMENSION",
        description = "Group by: ${COMPLETION-CANDIDATES} (default: the provider's grouping).")
    List<ReportDimension> groupBy = new ArrayList<>();

    @Override
    Capability capability() {
      return Capability.OVERALL_TRAFFIC_REPORT;
    }

    @Override
    PagedIterable<TrafficReportRow> rows(SimProvider p) {
      EnumSet<ReportDimension> dims = EnumSet.noneOf(ReportDimension.class);
      dims.addAll(groupBy);
      return p.overallTraffic(
          OffsetDateTime.of(from.atStartOfDay(), ZoneOffset.UTC),
          OffsetDateTime.of(to.plusDays(1).atStartOfDay(), ZoneOffset.UTC),
          dims);
    }
  }
}
