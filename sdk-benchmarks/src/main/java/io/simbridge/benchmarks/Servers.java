package io.simbridge.benchmarks;

/**
 * The canned servers of the benchmarks. Kept apart from {@link SdkClients} so that starting a
 * server loads no simbridge class: the cold-start benchmarks must find them all unloaded.
 */
public final class Servers {
  /** The path M2M iPortal requests are posted to (the client posts to its base URL itself). */
  public static final String M2M_PATH = "/m2m";

  /** The path of the HORISEN CSV report. */
  public static final String CSV_PATH = "/customer-traffic-reports";

  private Servers() {}

  /**
   * @return a server answering the four per-call benchmarks' requests, at the paths each provider
   *     calls: {@code /simStatus}, {@code /overall-traffic-reports},
   *     {@code /emptool/api/mvno/getTrafficInfo/}, and {@link #M2M_PATH}
   */
  public static CannedServer perCall() {
    return CannedServer.start()
        .answer("/simStatus", "text/xml;charset=UTF-8", Fixtures.thingsMobileSimStatus())
        .answer("/overall-traffic-reports", "application/json", Fixtures.horisenOverallPage())
        .answer(
            "/emptool/api/mvno/getTrafficInfo/",
            "application/json;charset=UTF-8",
            Fixtures.freebitTrafficInfo())
        .answer(M2M_PATH, "application/xml", Fixtures.m2mLastMoTraffic());
  }

  /**
   * @param csv the report to serve
   * @return a server answering {@link #CSV_PATH} with it, generated as it is sent
   */
  public static CannedServer csv(Fixtures.Csv csv) {
    return CannedServer.start()
        .streamed(CSV_PATH, "text/csv; charset=utf-8", csv.length(), csv::writeTo);
  }
}
