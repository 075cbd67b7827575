package io.simbridge.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The fleet built when more than one provider is configured, {@code simbridge.fleet.*}: which
 * provider owns a SIM, by the leading digits of its ICCID or MSISDN.
 */
public class FleetProperties {
  /** Routing rules, tried in order: each names a provider and one iccid-prefix or msisdn-prefix. */
  private List<Route> routes = new ArrayList<>();

  /** From this many SIMs of one provider, states are read from the provider's SIM list. */
  private Integer listThreshold;

  /** For binding. */
  public FleetProperties() {}

  /** @return the routing rules, in order */
  public List<Route> getRoutes() {
    return routes;
  }

  /** @param routes the routing rules, in order */
  public void setRoutes(List<Route> routes) {
    this.routes = routes;
  }

  /** @return the list threshold, or null for the fleet's default */
  public Integer getListThreshold() {
    return listThreshold;
  }

  /** @param listThreshold the list threshold */
  public void setListThreshold(Integer listThreshold) {
    this.listThreshold = listThreshold;
  }

  /** One routing rule: a provider and the ICCID or MSISDN prefix of its SIMs. */
  public static class Route {
    /** Leading ICCID digits of the provider's SIMs, such as 8944501. */
    private String iccidPrefix;

    /** Leading MSISDN digits of the provider's SIMs (international form, no +), such as 8190. */
    private String msisdnPrefix;

    /** The provider id that owns the matching SIMs, such as thingsmobile. */
    private String provider;

    /** For binding. */
    public Route() {}

    /** @return the ICCID prefix, or null */
    public String getIccidPrefix() {
      return iccidPrefix;
    }

    /** @param iccidPrefix the ICCID prefix */
    public void setIccidPrefix(String iccidPrefix) {
      this.iccidPrefix = iccidPrefix;
    }

    /** @return the MSISDN prefix, or null */
    public String getMsisdnPrefix() {
      return msisdnPrefix;
    }

    /** @param msisdnPrefix the MSISDN prefix */
    public void setMsisdnPrefix(String msisdnPrefix) {
      this.msisdnPrefix = msisdnPrefix;
    }

    /** @return the provider id */
    public String getProvider() {
      return provider;
    }

    /** @param provider the provider id */
    public void setProvider(String provider) {
      this.provider = provider;
    }
  }
}
