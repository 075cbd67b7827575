package io.simbridge.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The sanitized copy of an I/O failure a transport failure keeps as its cause: secrets hidden in
 * every message of the chain, the type kept where callers tell failures apart by it.
 */
class RedactedFailuresTest {
  private static final String SECRET = "s3cr3t-Token-XY";

  private final Redactor redactor = Redactor.of(false);

  RedactedFailuresTest() {
    redactor.addSecret(SECRET);
  }

  @Test
  void aJdkTypeIsKeptWithItsMessageRedacted() {
    IOException copy =
        RedactedFailures.copy(
            new ProtocolException("Unexpected status line: HTTP/1.1 200" + SECRET), redactor);

    assertThat(copy)
        .isExactlyInstanceOf(ProtocolException.class)
        .hasMessage("Unexpected status line: HTTP/1.1 200***");
  }

  @Test
  void timeoutsAndInterruptsStayDistinguishable() {
    assertThat(RedactedFailures.copy(new SocketTimeoutException("timeout"), redactor))
        .isExactlyInstanceOf(SocketTimeoutException.class)
        .hasMessage("timeout");
    assertThat(RedactedFailures.copy(new InterruptedIOException("interrupted"), redactor))
        .isExactlyInstanceOf(InterruptedIOException.class)
        .hasMessage("interrupted");
  }

  @Test
  void aLibraryTypeBecomesItsNearestJdkTypeNamingTheOriginal() {
    IOException original =
        new JsonParseException(null, "echoed " + SECRET, new IOException("cause " + SECRET));
    original.addSuppressed(new IOException("suppressed " + SECRET));

    IOException copy = RedactedFailures.copy(original, redactor);

    assertThat(copy)
        .isExactlyInstanceOf(IOException.class)
        .hasMessage(JsonParseException.class.getName() + ": echoed ***");
    assertThat(copy.getCause()).hasMessage("cause ***");
    assertThat(copy.getSuppressed())
        .singleElement()
        .extracting(Throwable::getMessage)
        .isEqualTo("suppressed ***");
    assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
  }

  @Test
  void theTransportsOwnFailureIsKeptAsItIs() {
    IOException own = new GuardedHttp.SecondTransmissionException();

    assertThat(RedactedFailures.copy(own, redactor)).isSameAs(own);
  }
}
