package io.simbridge.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The canned answers the benchmarks are served, shaped like the providers' documented examples
 * (the fixtures of each provider module's tests) and sized like real answers.
 */
public final class Fixtures {
  /** The Things Mobile credentials and SIM of the simStatus benchmark. */
  public static final String TM_USERNAME = "bench-user";

  /** The Things Mobile API token. */
  public static final String TM_TOKEN = "5b0c8f8e-1d2a-4c39-9d8e-5e2f3a4b6c7d";

  /** The SIM asked for. */
  public static final String TM_MSISDN = "447937557899";

  /** How many CDRs the simStatus answer carries. */
  public static final int TM_CDRS = 100;

  /** The HORISEN bearer token. */
  public static final String HORISEN_TOKEN =
      "eyJhbGciOiJIUzI1NiJ9.benchmark-access-token.c2lnbmF0dXJl";

  /** The rows of the overall report page. */
  public static final int HORISEN_ROWS = 500;

  /** The freebit auth key. */
  public static final String FREEBIT_AUTH_KEY = "AK0123456789abcdef";

  /** The freebit account asked for. */
  public static final String FREEBIT_ACCOUNT = "09012345678";

  /** The M2M iPortal credentials and SIM. */
  public static final String M2M_USERNAME = "api-user";

  /** The M2M iPortal password. */
  public static final String M2M_PASSWORD = "s3cret-p@ss";

  /** The M2M iPortal api_id. */
  public static final String M2M_API_ID = "123456";

  /** The SIM asked for. */
  public static final String M2M_ICCID = "8944501312167518236";

  private static final DateTimeFormatter TM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Fixtures() {}

  /** @return a simStatus answer: one active SIM with {@link #TM_CDRS} CDRs, as section 4.5 shows it */
  public static byte[] thingsMobileSimStatus() {
    StringBuilder b = new StringBuilder(512 + TM_CDRS * 300);
    b.append("<result>\n<done>true</done>\n<sims>\n<sim>\n")
        .append("<activationDate>2018-02-07 15:52:49</activationDate>\n")
        .append("<balance>31457280</balance>\n")
        .append("<blockSimAfterExpirationDate>1</blockSimAfterExpirationDate>\n")
        .append(
            "<blockSimDaily>1</blockSimDaily>\n<blockSimMonthly>1</blockSimMonthly>\n<blockSimTotal>0</blockSimTotal>\n")
        .append(
            "<dailyTraffic>123456</dailyTraffic>\n<dailyTrafficThreshold>100</dailyTrafficThreshold>\n")
        .append("<expirationDate>2027-02-20 00:00:00</expirationDate>\n")
        .append("<iccid>8944501312167518236</iccid>\n")
        .append("<lastConnectionDate></lastConnectionDate>\n")
        .append(
            "<monthlyTraffic>12345678</monthlyTraffic>\n<monthlyTrafficThreshold>1024</monthlyTrafficThreshold>\n")
        .append("<msisdn>")
        .append(TM_MSISDN)
        .append("</msisdn>\n")
        .append("<name>tracker-0042</name>\n<plan>default</plan>\n<status>active</status>\n")
        .append("<type>AllInOne Sim</type>\n<tag>fleet-a</tag>\n")
        .append(
            "<totalTraffic>987654321</totalTraffic>\n<totalTrafficThreshold>10240</totalTrafficThreshold>\n")
        .append("<cdrs>\n");
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
    for (int i = 0; i < TM_CDRS; i++) {
      LocalDateTime s = start.plusMinutes(37L * i);
      b.append("<cdr>\n<cdrImsi>222017937557899</cdrImsi>\n")
          .append("<cdrDateStart>")
          .append(TM_TIME.format(s))
          .append("</cdrDateStart>\n")
          .append("<cdrDateStop>")
          .append(TM_TIME.format(s.plusMinutes(5).plusSeconds(i % 60)))
          .append("</cdrDateStop>\n")
          .append("<cdrNetwork>Zone 1</cdrNetwork>\n<cdrCountry>")
          .append(i % 3 == 0 ? "ITA" : "ESP")
          .append("</cdrCountry>\n<cdrOperator>")
          .append(i % 3 == 0 ? "ITAWI" : "ESPVV")
          .append("</cdrOperator>\n")
          .append("<cdrTraffic>")
          .append(10_000L * (i + 1) + i)
          .append("</cdrTraffic>\n</cdr>\n");
    }
    b.append("</cdrs>\n</sim>\n</sims>\n</result>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @return one page of an overall traffic report at hour grain: {@link #HORISEN_ROWS} rows with
   *     every documented field, and the camel-case pagination the overall endpoint writes
   */
  public static byte[] horisenOverallPage() {
    StringBuilder b = new StringBuilder(HORISEN_ROWS * 1500);
    b.append("{\"data\":[");
    String[][] countries = {
      {"Germany", "DE", "262", "01", "Telekom Deutschland", "26201"},
      {"Switzerland", "CH", "228", "01", "Swisscom", "22801"},
      {"Austria", "AT", "232", "01", "A1 Telekom Austria", "23201"},
      {"France", "FR", "208", "10", "SFR", "20810"}
    };
    LocalDate day = LocalDate.of(2024, 10, 1);
    for (int i = 0; i < HORISEN_ROWS; i++) {
      String[] c = countries[i % countries.length];
      LocalDate d = day.plusDays(i / 24 % 30);
      int hour = i % 24;
      long in = 1000L + i * 7L;
      long out = in - i % 10;
      b.append(i == 0 ? "" : ",")
          .append('{')
          .append("\"msgDate\":\"")
          .append(d)
          .append("\",")
          .append("\"msgDt\":\"")
          .append(d)
          .append('T')
          .append(hour < 10 ? "0" : "")
          .append(hour)
          .append(":00:00.000Z\",")
          .append("\"accountDim\":")
          .append(11 + i % 5)
          .append(',')
          .append("\"billingAccountDim\":")
          .append(12 + i % 3)
          .append(',')
          .append("\"customerDim\":")
          .append(13 + i % 7)
          .append(',')
          .append("\"countryId\":")
          .append(276 + i % 4)
          .append(',')
          .append("\"operatorDim\":")
          .append(14 + i % 4)
          .append(',')
          .append("\"gateDim\":")
          .append(15 + i % 2)
          .append(',')
          .append("\"billingGateDim\":")
          .append(16 + i % 2)
          .append(',')
          .append("\"sellPrice\":0.0065,")
          .append("\"sellAmount\":")
          .append(decimal(in * 65, 4))
          .append(',')
          .append("\"sellCurrency\":978,\"sellCurrencyCode\":\"EUR\",")
          .append("\"inSmsCnt\":")
          .append(in)
          .append(',')
          .append("\"inBilledSmsCnt\":")
          .append(in - i % 5)
          .append(',')
          .append("\"buyPrice\":0.0041,")
          .append("\"buyAmount\":")
          .append(decimal(out * 41, 4))
          .append(',')
          .append("\"buyCurrency\":840,\"buyCurrencyCode\":\"USD\",")
          .append("\"outSmsCnt\":")
          .append(out)
          .append(',')
          .append("\"outBilledSmsCnt\":")
          .append(out - i % 3)
          .append(',')
          .append("\"currency\":\"978\",\"currencyCode\":\"EUR\",")
          .append("\"sellAmountInCurr\":")
          .append(decimal(in * 65, 4))
          .append(',')
          .append("\"buyAmountInCurr\":")
          .append(decimal(out * 38, 4))
          .append(',')
          .append("\"intCost\":0.25,")
          .append("\"intRequestCnt\":")
          .append(40 + i % 9)
          .append(',')
          .append("\"profit\":")
          .append(decimal(in * 65 - out * 38 - 2500, 4))
          .append(',')
          .append("\"stProcessingCnt\":")
          .append(i % 4)
          .append(',')
          .append("\"stSentCnt\":")
          .append(out - 20)
          .append(',')
          .append("\"stRejectNackCnt\":")
          .append(i % 6)
          .append(',')
          .append("\"stRejectRulesCnt\":")
          .append(i % 5)
          .append(',')
          .append("\"stErrorCnt\":")
          .append(i % 3)
          .append(',')
          .append("\"stUnknownCnt\":")
          .append(i % 7)
          .append(',')
          .append("\"customerId\":")
          .append(1001 + i % 7)
          .append(',')
          .append("\"customerBriefName\":\"Acme ")
          .append(i % 7)
          .append(", Inc.\",")
          .append("\"billingAccountId\":")
          .append(55 + i % 3)
          .append(',')
          .append("\"billingAccountName\":\"Standard EU\",")
          .append("\"supplierId\":")
          .append(2001 + i % 4)
          .append(',')
          .append("\"supplierBriefName\":\"Carrier ")
          .append((char) ('W' + i % 4))
          .append("\",")
          .append("\"gateBillingAccountId\":")
          .append(77 + i % 4)
          .append(',')
          .append("\"gateBillingAccountName\":\"Carrier wholesale\",")
          .append("\"accountId\":")
          .append(301 + i % 5)
          .append(',')
          .append("\"accountName\":\"acme-smpp-")
          .append(i % 5)
          .append("\",")
          .append("\"gateId\":")
          .append(401 + i % 4)
          .append(',')
          .append("\"gateName\":\"carrier-gw-")
          .append(i % 4)
          .append("\",")
          .append("\"countryName\":\"")
          .append(c[0])
          .append("\",")
          .append("\"countryCode2\":\"")
          .append(c[1])
          .append("\",")
          .append("\"operatorId\":")
          .append(c[5])
          .append(',')
          .append("\"operatorName\":\"")
          .append(c[4])
          .append("\",")
          .append("\"mcc\":\"")
          .append(c[2])
          .append("\",")
          .append("\"mnc\":\"")
          .append(c[3])
          .append("\",")
          .append("\"isMobile\":\"")
          .append(i % 11 == 0 ? "no" : "yes")
          .append("\"}");
    }
    b.append("],\"meta\":{\"pagination\":{\"total\":")
        .append(HORISEN_ROWS * 3)
        .append(",\"count\":")
        .append(HORISEN_ROWS)
        .append(",\"perPage\":")
        .append(HORISEN_ROWS)
        .append(",\"currentPage\":1,\"totalPages\":3}}}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String decimal(long unscaled, int scale) {
    return java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
  }

  /** @return PA05-01's documented answer for an MVNO account */
  public static byte[] freebitTrafficInfo() {
    return ("{\"resultCode\":\"100\",\"status\":{\"message\":\"OK\",\"statusCode\":\"200\"},"
            + "\"account\":\""
            + FREEBIT_ACCOUNT
            + "\","
            + "\"traffic\":{\"today\":\"100\",\"inRecentDays\":\"100,200,300\",\"blackList\":\"10\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** @return query_last_mo_traffic's documented success answer */
  public static byte[] m2mLastMoTraffic() {
    return ("<query_last_mo_traffic_response api_id=\""
            + M2M_API_ID
            + "\">\n"
            + "  <api_outcome>success</api_outcome>\n"
            + "  <traffic_type>data</traffic_type>\n"
            + "  <timestamp>22/03/2020 13:55:30</timestamp>\n"
            + "  <network>vodafone</network>\n"
            + "  <country>united kingdom</country>\n"
            + "</query_last_mo_traffic_response>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A customer traffic report in CSV, as section 3.1 shows it, of any number of rows, written
   * without holding it in memory: a block of 1,000 distinct rows repeated.
   */
  public static final class Csv {
    /** The documented header line. */
    public static final String HEADER =
        "CUSTOMER_ID,CUSTOMER_NAME,CUSTOMER_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,"
            + "COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,AMOUNT\n";

    private static final int BLOCK_ROWS = 1000;

    private final long rows;
    private final byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    private final byte[] block;

    /** @param rows the number of data rows, a multiple of 1,000 */
    public Csv(long rows) {
      if (rows % BLOCK_ROWS != 0) {
        throw new IllegalArgumentException("rows must be a multiple of " + BLOCK_ROWS);
      }
      this.rows = rows;
      StringBuilder b = new StringBuilder(BLOCK_ROWS * 120);
      for (int i = 0; i < BLOCK_ROWS; i++) {
        long sms = 15_000L + i * 13L;
        b.append(1001 + i % 50)
            .append(',')
            .append(i % 10 == 0 ? "\"Acme, Inc.\"" : "Customer " + (i % 50))
            .append(',')
            .append(i % 4 == 0 ? "" : "REF-" + (i % 50))
            .append(',')
            .append(55 + i % 3)
            .append(',')
            .append(i % 25 == 0 ? "\"Standard \"\"EU\"\" rates\"" : "Standard EU")
            .append(',')
            .append(i % 2 == 0 ? "Germany" : "Austria")
            .append(',')
            .append(i % 2 == 0 ? "Telekom Deutschland" : "A1")
            .append(',')
            .append(i % 2 == 0 ? "262" : "232")
            .append(",01,2024-10-01 - 2024-10-31,")
            .append(sms)
            .append(",EUR,0.0065,")
            .append(java.math.BigDecimal.valueOf(sms * 65, 4).toPlainString())
            .append('\n');
      }
      this.block = b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the number of data rows */
    public long rows() {
      return rows;
    }

    /** @return the body's exact length in bytes */
    public long length() {
      return header.length + (long) block.length * (rows / BLOCK_ROWS);
    }

    /**
     * @param out where the body goes
     * @throws IOException if the client went away
     */
    public void writeTo(OutputStream out) throws IOException {
      out.write(header);
      for (long i = 0; i < rows / BLOCK_ROWS; i++) {
        out.write(block);
      }
    }
  }
}
