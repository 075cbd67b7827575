package io.simbridge.freebit;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.freebit.model.FreebitOperation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registers freebit with {@link io.simbridge.core.SimProviders} under the id {@code freebit}. An
 * entry point for {@link java.util.ServiceLoader}, public because the service loader requires it
 * on the class path; not meant for direct use: build a {@link FreebitClient}, or ask
 * {@code SimProviders} for a provider.
 */
public final class FreebitProviderFactory implements SimProviderFactory {
  private static final String AUTH_KEY = "auth-key";
  private static final String OEM_ID = "oem-id";
  private static final String OEM_KEY = "oem-key";
  private static final String REQUEST_ENCODING = "request-encoding";
  private static final String CALL_INTERVAL = "call-interval";

  private static final List<SettingDescriptor> SETTINGS =
      List.of(
          new SettingDescriptor(
              AUTH_KEY,
              "the authKey freebit issued, used as is (instead of oem-id and oem-key)",
              false,
              true),
          new SettingDescriptor(
              OEM_ID,
              "the OEM id, to obtain the authKey through OEM authentication (with oem-key)",
              false,
              false),
          new SettingDescriptor(OEM_KEY, "the OEM key (with oem-id)", false, true),
          new SettingDescriptor(
              REQUEST_ENCODING,
              "form-field-json (default: the JSON document in a multipart field named json) or json-body",
              false,
              false),
          new SettingDescriptor(
              CALL_INTERVAL,
              "minimum time between two getTrafficInfo calls, such as 2s (default 1s; freebit forbids bulk retrieval)",
              false,
              false));

  /** For the service loader. */
  public FreebitProviderFactory() {}

  @Override
  public String id() {
    return FreebitClient.PROVIDER;
  }

  @Override
  public String displayName() {
    return "freebit";
  }

  @Override
  public Set<Capability> capabilities() {
    return FreebitSimProvider.CAPABILITIES;
  }

  @Override
  public List<ProviderOperation> operations() {
    return List.of(FreebitOperation.values());
  }

  @Override
  public List<SettingDescriptor> settings() {
    return SETTINGS;
  }

  @Override
  public SimProvider create(ProviderSettings settings) {
    FreebitClient.Builder builder = settings.applyCommon(FreebitClient.builder());
    boolean oem = settings.get(OEM_ID).isPresent() || settings.get(OEM_KEY).isPresent();
    if (settings.get(AUTH_KEY).isPresent() == oem) {
      throw new InvalidInputException(
          ProviderSettings.propertyName(id(), AUTH_KEY),
          oem ? "is set together with oem-id/oem-key" : "is not set, nor are oem-id and oem-key",
          "either " + AUTH_KEY + ", or both " + OEM_ID + " and " + OEM_KEY);
    }
    if (oem) {
      builder.oemCredentials(settings.require(OEM_ID), settings.require(OEM_KEY));
    } else {
      builder.authKey(settings.require(AUTH_KEY));
    }
    settings
        .get(REQUEST_ENCODING)
        .ifPresent(
            e ->
                builder.requestEncoding(
                    switch (e.toLowerCase(Locale.ROOT)) {
                      case "form-field-json" -> RequestEncoding.FORM_FIELD_JSON;
                      case "json-body" -> RequestEncoding.JSON_BODY;
                      default ->
                          throw new InvalidInputException(
                              ProviderSettings.propertyName(id(), REQUEST_ENCODING),
                              "'" + e + "' is not an encoding",
                              "form-field-json or json-body");
                    }));
    settings
        .duration(CALL_INTERVAL)
        .ifPresent(d -> builder.callInterval(FreebitOperation.GET_TRAFFIC_INFO, d));
    return builder.build().asSimProvider();
  }
}
