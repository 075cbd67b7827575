package io.simbridge.horisen;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.horisen.model.HorisenOperation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds HORISEN from settings ({@code simbridge.horisen.<key>} or {@code SIMBRIDGE_HORISEN_<KEY>}):
 * {@code platform-domain} (or {@code base-url}), {@code separator}, and either
 * {@code client-id} with {@code client-secret} (and optionally {@code token-url}) or
 * {@code access-token}. An entry point for {@link java.util.ServiceLoader}, public because the
 * service loader requires it on the class path; not meant for direct use: build a
 * {@link HorisenClient}, or ask {@link io.simbridge.core.SimProviders} for a provider.
 */
public final class HorisenProviderFactory implements SimProviderFactory {
  private static final List<SettingDescriptor> SETTINGS =
      List.of(
          new SettingDescriptor(
              "platform-domain",
              "your platform domain, such as example.com (required unless base-url and token-url are set)",
              false,
              false),
          new SettingDescriptor(
              "separator",
              "dot (default) or hyphen: api.example.com or api-example.com",
              false,
              false),
          new SettingDescriptor(
              "client-id", "OAuth2 client ID (client credentials grant)", false, false),
          new SettingDescriptor("client-secret", "OAuth2 client secret", false, true),
          new SettingDescriptor(
              "token-url",
              "OAuth2 token endpoint (default https://accounts{separator}{platform-domain}/oauth2/access-token)",
              false,
              false),
          new SettingDescriptor(
              "access-token",
              "a bearer token to use instead of client credentials; never renewed",
              false,
              true),
          new SettingDescriptor(
              "page-size", "rows per page to ask for (default: the server's)", false, false));

  /** For {@link java.util.ServiceLoader}. */
  public HorisenProviderFactory() {}

  @Override
  public String id() {
    return HorisenClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "HORISEN (Traffic Report API v2)";
  }

  @Override
  public Set<Capability> capabilities() {
    return HorisenSimProvider.CAPABILITIES;
  }

  @Override
  public List<ProviderOperation> operations() {
    return List.of(HorisenOperation.values());
  }

  @Override
  public List<SettingDescriptor> settings() {
    return SETTINGS;
  }

  @Override
  public SimProvider create(ProviderSettings settings) {
    HorisenClient.Builder b = settings.applyCommon(HorisenClient.builder());
    settings.get("platform-domain").ifPresent(b::platformDomain);
    settings
        .get("separator")
        .ifPresent(
            s ->
                b.separator(
                    switch (s.toLowerCase(Locale.ROOT)) {
                      case "dot", "." -> Separator.DOT;
                      case "hyphen", "-" -> Separator.HYPHEN;
                      default ->
                          throw new InvalidInputException(
                              ProviderSettings.propertyName(id(), "separator"),
                              "'" + s + "'",
                              "dot or hyphen");
                    }));
    settings.get("token-url").ifPresent(b::tokenUrl);
    if (settings.get("client-id").isPresent() || settings.get("client-secret").isPresent()) {
      b.clientCredentials(settings.require("client-id"), settings.require("client-secret"));
    }
    settings.get("access-token").ifPresent(b::accessToken);
    settings.integer("page-size").ifPresent(b::pageSize);
    return b.build().asSimProvider();
  }
}
