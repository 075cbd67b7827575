package io.simbridge.thingsmobile;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.thingsmobile.model.ThingsMobileOperation;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the Things Mobile neutral view from settings ({@code simbridge.thingsmobile.*} or
 * {@code SIMBRIDGE_THINGSMOBILE_*}); registered through {@link java.util.ServiceLoader}. It is an
 * entry point for {@link io.simbridge.core.SimProviders}, not for direct use (public only because
 * the service loader requires it on the class path): build a {@link ThingsMobileClient} instead.
 */
public final class ThingsMobileProviderFactory implements SimProviderFactory {
  private static final List<SettingDescriptor> SETTINGS =
      List.of(
          new SettingDescriptor(
              "username", "the username of your Things Mobile portal", true, true),
          new SettingDescriptor(
              "token", "the API token from the portal's profile section", true, true),
          new SettingDescriptor(
              "environment",
              "production (default) or test (the sandbox host, under HTTP basic authentication)",
              false,
              false),
          new SettingDescriptor(
              "test-basic-auth-user",
              "the test host's basic-auth user (default test)",
              false,
              false),
          new SettingDescriptor(
              "test-basic-auth-password",
              "the test host's basic-auth password (default Thingsmobil3)",
              false,
              true),
          new SettingDescriptor(
              "zone",
              "the zone of the API's dates, such as Europe/Rome (the default)",
              false,
              false));

  /** For the service loader. */
  public ThingsMobileProviderFactory() {}

  @Override
  public String id() {
    return ThingsMobileClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "Things Mobile";
  }

  @Override
  public Set<Capability> capabilities() {
    return ThingsMobileSimProvider.CAPABILITIES;
  }

  @Override
  public List<ProviderOperation> operations() {
    return List.of(ThingsMobileOperation.values());
  }

  @Override
  public List<SettingDescriptor> settings() {
    return SETTINGS;
  }

  @Override
  public SimProvider create(ProviderSettings settings) {
    ThingsMobileClient.Builder b =
        ThingsMobileClient.builder()
            .username(settings.require("username"))
            .token(settings.require("token"));
    settings.get("environment").ifPresent(e -> b.environment(environment(settings, e)));
    Optional<String> user = settings.get("test-basic-auth-user");
    Optional<String> password = settings.get("test-basic-auth-password");
    if (user.isPresent() || password.isPresent()) {
      b.testBasicAuth(
          user.orElse(ThingsMobileClient.TEST_BASIC_AUTH_USER),
          password.orElse(ThingsMobileClient.TEST_BASIC_AUTH_PASSWORD));
    }
    settings.get("zone").ifPresent(z -> b.serverZone(zone(settings, z)));
    return settings.applyCommon(b).build().asSimProvider();
  }

  private static ThingsMobileEnvironment environment(ProviderSettings settings, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "production" -> ThingsMobileEnvironment.PRODUCTION;
      case "test" -> ThingsMobileEnvironment.TEST;
      default ->
          throw new InvalidInputException(
              ProviderSettings.propertyName(settings.provider(), "environment"),
              "'" + value + "' is not an environment",
              "production or test");
    };
  }

  private static ZoneId zone(ProviderSettings settings, String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          ProviderSettings.propertyName(settings.provider(), "zone"),
          "'" + value + "' is not a time zone",
          "a zone id such as Europe/Rome or UTC");
    }
  }
}
