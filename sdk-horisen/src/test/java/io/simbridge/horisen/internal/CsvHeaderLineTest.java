package io.simbridge.horisen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.simbridge.core.error.ErrorDetails;
import io.simbridge.core.internal.http.Redactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 section 4: the streamed CSV report returns as soon as its header line is read, as its
 * Javadoc says, instead of waiting for 8 KiB of rows a slow server has not sent yet.
 */
class CsvHeaderLineTest {
  private static final String HEADER =
      "CUSTOMER_ID,CUSTOMER_NAME,CUSTOMER_REF_ID,PRICING_COND_ID,PRICING_COND_NAME,"
          + "COUNTRY,OPERATOR,MCC,MNC,PRICE_PERIOD,SMS_COUNT,CURRENCY,PRICE,AMOUNT\r\n";
  private final CountDownLatch rowsSent = new CountDownLatch(1);

  @AfterEach
  void release() {
    rowsSent.countDown();
  }

  @Test
  void openReturnsOnceTheHeaderLineIsRead() throws Exception {
    // The header line, then a server that sends nothing more until the test ends.
    InputStream stalled =
        new InputStream() {
          @Override
          public int read() {
            try {
              rowsSent.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return len == 0
                ? 0
                : read(); // read() gives no byte, so a bulk read is one wait and the end
          }
        };
    InputStream body =
        new SequenceInputStream(
            new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.US_ASCII)), stalled);

    CompletableFuture<CsvRows> opened = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                opened.complete(
                    CsvRows.open(
                        body,
                        CsvLayout.CUSTOMER,
                        ErrorDetails.of("horisen", "customerTrafficReports"),
                        Redactor.of(false)));
              } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
              }
            });
    reader.start();
    reader.join(10_000);

    assertThat(opened)
        .as("still reading at %s", Arrays.toString(reader.getStackTrace()))
        .isCompleted();
    assertThat(opened.get()).isNotNull();
    assertThat(rowsSent.getCount()).isEqualTo(1); // returned before any row arrived
  }
}
