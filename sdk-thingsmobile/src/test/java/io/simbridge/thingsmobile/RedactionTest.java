package io.simbridge.thingsmobile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.simbridge.thingsmobile.Tm.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.error.AuthenticationException;
import io.simbridge.core.model.Iccid;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.core.testing.LogCapture;
import io.simbridge.core.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** TRACE logs show every request and answer, and never a credential. */
class RedactionTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension final LogCapture logs = new LogCapture();

  private static final String BASIC_USER = "acme-basic";
  private static final String BASIC_PASSWORD = "b4sic-s3cret";

  @Test
  void noCredentialReachesTheLogs() {
    ManualClock clock = new ManualClock(Tm.START);
    try (ThingsMobileClient client =
        Tm.client(server, clock)
            .environment(ThingsMobileEnvironment.TEST)
            .testBasicAuth(BASIC_USER, BASIC_PASSWORD)
            .build()) {
      server.stubFor(post(anyUrl()).willReturn(xml("<result><done>true</done></result>")));
      client.activateSim(Msisdn.of("882360001975037"), Iccid.of("8944501312167518236"));
      client.blockSim(SimRef.msisdn("882360001975037"));
      // The provider echoes the credentials in its error: hidden too.
      server.stubFor(
          post(anyUrl())
              .willReturn(
                  xml(
                      "<result><done>false</done><errorCode>30</errorCode>"
                          + "<errorMessage>user "
                          + Tm.USER
                          + " with token="
                          + Tm.TOKEN
                          + " refused</errorMessage></result>")));
      assertThatThrownBy(() -> client.unblockSim(SimRef.msisdn("882360001975037")))
          .isInstanceOf(AuthenticationException.class);
    }

    String text = logs.text();
    String encodedPair =
        Base64.getEncoder()
            .encodeToString((BASIC_USER + ":" + BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));
    // The logs are there, at TRACE, with headers and bodies...
    assertThat(text)
        .contains(
            "[thingsmobile activateSim]", "[thingsmobile blockSim]", "[thingsmobile unblockSim]")
        .contains("Authorization: ***")
        .contains("username=***&token=***")
        .contains("body");
    // ...and hold no credential, encoded or not, and no full MSISDN.
    assertThat(text)
        .doesNotContain(Tm.USER)
        .doesNotContain(Tm.TOKEN)
        .doesNotContain(BASIC_PASSWORD)
        .doesNotContain(encodedPair)
        .doesNotContain("882360001975037");
  }

  @Test
  void toStringShowsNoCredential() {
    ThingsMobileClient.Builder builder = Tm.client(server, new ManualClock(Tm.START));
    try (ThingsMobileClient client = builder.build()) {
      assertThat(client.toString())
          .contains("PRODUCTION")
          .contains(server.baseUrl())
          .doesNotContain(Tm.USER)
          .doesNotContain(Tm.TOKEN);
      assertThat(client.asSimProvider().toString())
          .doesNotContain(Tm.USER)
          .doesNotContain(Tm.TOKEN);
    }
  }
}
