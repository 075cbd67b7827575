package io.simbridge.horisen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Where the client sends its calls, and what it refuses to be built with. */
class BuilderTest {

  @Test
  void hostsFollowThePlatformDomainWithADotByDefault() {
    try (HorisenClient client =
        HorisenClient.builder()
            .platformDomain("sms.example.com")
            .clientCredentials("id", "secret-1")
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.sms.example.com/bulk/traffic-report/v2");
      assertThat(client.tokenUrl())
          .contains("https://accounts.sms.example.com/oauth2/access-token");
    }
  }

  @Test
  void hostsFollowThePlatformDomainWithAHyphen() {
    try (HorisenClient client =
        HorisenClient.builder()
            .platformDomain("example.com")
            .separator(Separator.HYPHEN)
            .clientCredentials("id", "secret-1")
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api-example.com/bulk/traffic-report/v2");
      assertThat(client.tokenUrl()).contains("https://accounts-example.com/oauth2/access-token");
    }
  }

  @Test
  void theTokenUrlCanBeTheApiHostAsOnOlderPlatforms() {
    try (HorisenClient client =
        HorisenClient.builder()
            .platformDomain("example.com")
            .tokenUrl("https://api.example.com/oauth2/access-token")
            .clientCredentials("id", "secret-1")
            .build()) {
      assertThat(client.tokenUrl()).contains("https://api.example.com/oauth2/access-token");
    }
  }

  @Test
  void aBaseUrlReplacesTheWholeApiBaseAndDropsATrailingSlash() {
    try (HorisenClient client =
        HorisenClient.builder()
            .baseUrl("https://proxy.internal/bulk/traffic-report/v2/")
            .accessToken("token-1")
            .build()) {
      assertThat(client.baseUrl()).isEqualTo("https://proxy.internal/bulk/traffic-report/v2");
    }
  }

  @Test
  void refusals() {
    assertRefused(
        () -> HorisenClient.builder().platformDomain("https://example.com"), "platformDomain");
    assertRefused(
        () -> HorisenClient.builder().platformDomain("example.com/api"), "platformDomain");
    assertRefused(
        () -> HorisenClient.builder().platformDomain("example.com").build(), "credentials");
    assertRefused(
        () ->
            HorisenClient.builder()
                .platformDomain("example.com")
                .accessToken("t-1")
                .clientCredentials("id", "s-1")
                .build(),
        "credentials");
    assertRefused(() -> HorisenClient.builder().accessToken("t-1").build(), "platformDomain");
    assertRefused(
        () ->
            HorisenClient.builder()
                .baseUrl("https://proxy.internal/v2")
                .clientCredentials("id", "s-1")
                .build(),
        "tokenUrl");
    assertRefused(
        () ->
            HorisenClient.builder()
                .baseUrl("http://api.example.com/bulk/traffic-report/v2")
                .accessToken("t-1")
                .build(),
        "baseUrl");
    assertRefused(
        () ->
            HorisenClient.builder()
                .platformDomain("example.com")
                .tokenUrl("http://accounts.example.com/oauth2/access-token")
                .clientCredentials("id", "s-1")
                .build(),
        "tokenUrl");
    assertRefused(() -> HorisenClient.builder().clientCredentials("id", " "), "clientSecret");
    assertRefused(() -> HorisenClient.builder().accessToken(""), "accessToken");
    assertRefused(() -> HorisenClient.builder().pageSize(0), "pageSize");
  }

  @Test
  void plainHttpCanBeAllowedExplicitly() {
    try (HorisenClient client =
        HorisenClient.builder()
            .baseUrl("http://api.example.com/bulk/traffic-report/v2")
            .allowInsecureHttp(true)
            .accessToken("t-1")
            .build()) {
      assertThat(client.baseUrl()).startsWith("http://");
    }
  }

  private static void assertRefused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
  }
}
