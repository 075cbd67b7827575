package io.simbridge.fleet;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.SimRef;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that says which provider owns a SIM from its identifiers, such as "ICCIDs starting
 * 8944501 are at Things Mobile". Rules are tried in the order they were added, after the
 * explicit registry.
 *
 * <pre>{@code
 * RoutingRule.iccidPrefix("8944501", "thingsmobile")
 * RoutingRule.iccidPrefixRange("89443000", "89443999", "m2miportal")
 * RoutingRule.msisdnPrefix("8190", "freebit")
 * }</pre>
 */
public final class RoutingRule {
  private enum Field {
    ICCID,
    MSISDN
  }

  private final Field field;
  private final String from;
  private final String to;
  private final String provider;

  private RoutingRule(Field field, String from, String to, String provider) {
    this.field = field;
    this.from = digits(field.name().toLowerCase(java.util.Locale.ROOT) + " prefix", from);
    this.to = digits(field.name().toLowerCase(java.util.Locale.ROOT) + " prefix", to);
    if (this.from.length() != this.to.length()) {
      throw new InvalidInputException(
          "prefix range",
          from + ".." + to + " has bounds of different lengths",
          "two prefixes of the same number of digits");
    }
    if (new BigInteger(this.from).compareTo(new BigInteger(this.to)) > 0) {
      throw new InvalidInputException(
          "prefix range",
          from + ".." + to + " ends before it starts",
          "a first prefix not above the last");
    }
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  private static String digits(String field, String prefix) {
    Objects.requireNonNull(prefix, field);
    if (!prefix.matches("\\d{1,22}")) {
      throw new InvalidInputException(
          field,
          "'" + prefix + "' is not 1 to 22 digits",
          "the leading digits of an " + "identifier, such as 8944501");
    }
    return prefix;
  }

  /**
   * @param prefix   leading ICCID digits
   * @param provider the provider id that owns SIMs whose ICCID starts with them
   * @return the rule
   */
  public static RoutingRule iccidPrefix(String prefix, String provider) {
    return new RoutingRule(Field.ICCID, prefix, prefix, provider);
  }

  /**
   * @param first    the lowest ICCID prefix of the range, inclusive
   * @param last     the highest, inclusive, with as many digits as {@code first}
   * @param provider the provider id that owns SIMs whose ICCID starts within the range
   * @return the rule
   */
  public static RoutingRule iccidPrefixRange(String first, String last, String provider) {
    return new RoutingRule(Field.ICCID, first, last, provider);
  }

  /**
   * @param prefix   leading MSISDN digits (international form, no {@code +})
   * @param provider the provider id that owns SIMs whose MSISDN starts with them
   * @return the rule
   */
  public static RoutingRule msisdnPrefix(String prefix, String provider) {
    return new RoutingRule(Field.MSISDN, prefix, prefix, provider);
  }

  /**
   * @param first    the lowest MSISDN prefix of the range, inclusive
   * @param last     the highest, inclusive, with as many digits as {@code first}
   * @param provider the provider id that owns SIMs whose MSISDN starts within the range
   * @return the rule
   */
  public static RoutingRule msisdnPrefixRange(String first, String last, String provider) {
    return new RoutingRule(Field.MSISDN, first, last, provider);
  }

  /**
   * @return the provider id this rule routes to
   */
  public String provider() {
    return provider;
  }

  /**
   * @param sim a SIM
   * @return the provider id, when the SIM's identifier falls within this rule
   */
  Optional<String> match(SimRef sim) {
    Optional<String> id =
        field == Field.ICCID ? sim.iccid().map(i -> i.value()) : sim.msisdn().map(m -> m.value());
    return id.filter(v -> v.length() >= from.length())
        .map(v -> v.substring(0, from.length()))
        .filter(head -> head.compareTo(from) >= 0 && head.compareTo(to) <= 0)
        .map(head -> provider);
  }

  @Override
  public String toString() {
    String what =
        field.name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + (from.equals(to) ? from + "*" : from + "*.." + to + "*");
    return what + " -> " + provider;
  }
}
