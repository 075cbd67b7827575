package io.simbridge.spring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * simbridge configured from application properties, with the keys of
 * {@code SimProviders.fromProperties}: {@code simbridge.<provider>.<key>}, one set of names
 * everywhere. A provider is built when one of its properties has a value.
 *
 * <p>Its {@code toString()} is {@link Object}'s: it never shows a credential.
 */
@ConfigurationProperties(prefix = SimbridgeProperties.PREFIX)
public class SimbridgeProperties {
  /** The prefix of every property. */
  public static final String PREFIX = "simbridge";

  /** Things Mobile. */
  @NestedConfigurationProperty
  private ThingsMobileProperties thingsmobile = new ThingsMobileProperties();

  /** HORISEN. */
  @NestedConfigurationProperty private HorisenProperties horisen = new HorisenProperties();

  /** freebit. */
  @NestedConfigurationProperty private FreebitProperties freebit = new FreebitProperties();

  /** M2M iPortal. */
  @NestedConfigurationProperty private M2mIportalProperties m2miportal = new M2mIportalProperties();

  /** The fleet over the configured providers. */
  @NestedConfigurationProperty private FleetProperties fleet = new FleetProperties();

  /** For binding. */
  public SimbridgeProperties() {}

  /** @return the Things Mobile settings */
  public ThingsMobileProperties getThingsmobile() {
    return thingsmobile;
  }

  /** @param thingsmobile the Things Mobile settings */
  public void setThingsmobile(ThingsMobileProperties thingsmobile) {
    this.thingsmobile = thingsmobile;
  }

  /** @return the HORISEN settings */
  public HorisenProperties getHorisen() {
    return horisen;
  }

  /** @param horisen the HORISEN settings */
  public void setHorisen(HorisenProperties horisen) {
    this.horisen = horisen;
  }

  /** @return the freebit settings */
  public FreebitProperties getFreebit() {
    return freebit;
  }

  /** @param freebit the freebit settings */
  public void setFreebit(FreebitProperties freebit) {
    this.freebit = freebit;
  }

  /** @return the M2M iPortal settings */
  public M2mIportalProperties getM2miportal() {
    return m2miportal;
  }

  /** @param m2miportal the M2M iPortal settings */
  public void setM2miportal(M2mIportalProperties m2miportal) {
    this.m2miportal = m2miportal;
  }

  /** @return the fleet settings */
  public FleetProperties getFleet() {
    return fleet;
  }

  /** @param fleet the fleet settings */
  public void setFleet(FleetProperties fleet) {
    this.fleet = fleet;
  }
}
