package io.simbridge.horisen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.error.MalformedResponseException;
import io.simbridge.core.internal.http.Redactor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret never shows: a malformed row of the streamed CSV report fails with a message built
 * from Jackson's or the field reader's, which quote the row's cells; a cell echoing the client's
 * access token must come out masked, in the message, the causes and the serialized exception.
 */
class CsvRowFailureRedactionTest {
  private static final String TOKEN = "tok-Hrsn-9f8e7d6c5b4a";
  private static final String HEADER =
      "CUSTOMER_ID,CUSTOMER_NAME,CUSTOMER_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,"
          + "COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,AMOUNT\r\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Jackson: text after a closing quote.
        "1,a,r,2,p,CH,op,228,01,2024-01,3,EUR,\"1.5\"" + TOKEN + ",4.5\r\n",
        // The field reader: a price that is not a decimal.
        "1,a,r,2,p,CH,op,228,01,2024-01,3,EUR," + TOKEN + ",4.5\r\n",
        // The field reader: an id that is not a whole number.
        TOKEN + ",a,r,2,p,CH,op,228,01,2024-01,3,EUR,1.5,4.5\r\n",
        // Jackson: an unterminated quoted cell.
        "1,a,r,2,p,CH,op,228,01,2024-01,3,EUR,1.5,\"" + TOKEN
      })
  void aRowEchoingTheTokenFailsWithTheTokenMasked(String row) throws Exception {
    Redactor redactor = Redactor.of(false);
    redactor.addSecret(TOKEN);
    CsvRows rows =
        CsvRows.open(
            new ByteArrayInputStream((HEADER + row).getBytes(StandardCharsets.UTF_8)),
            CsvLayout.CUSTOMER,
            ErrorDetails.of("horisen", "customerTrafficReports"),
            redactor);

    Throwable thrown = catchThrowable(rows::hasNext);

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain(TOKEN, TOKEN.substring(0, 10));
      assertThat(t.toString()).doesNotContain(TOKEN.substring(0, 10));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    assertThat(bytes.toString(StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN.substring(0, 10));
  }
}
