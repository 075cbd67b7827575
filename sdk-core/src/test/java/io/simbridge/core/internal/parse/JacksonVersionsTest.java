package io.simbridge.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** Issue 21: Jackson older than 2.18 crashed on the first answer; older than 2.15 cannot work. */
class JacksonVersionsTest {

  @Test
  void jacksonOlderThan215IsRefusedNamingTheVersionFoundAndTheOneNeeded() {
    Version old = new Version(2, 14, 3, null, "com.fasterxml.jackson.core", "jackson-databind");

    assertThatThrownBy(() -> JacksonVersions.require(old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jackson-databind 2.14.3")
        .hasMessageContaining("needs Jackson 2.15 or later");
  }

  @Test
  void jackson215AndLaterAreAccepted() {
    assertThatCode(() -> JacksonVersions.require(new Version(2, 15, 0, null, "g", "jackson-core")))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> JacksonVersions.require(new Version(2, 18, 0, "SNAPSHOT", "g", "jackson-core")))
        .doesNotThrowAnyException();
    assertThatCode(JacksonVersions::requireSupported).doesNotThrowAnyException();
  }
}
