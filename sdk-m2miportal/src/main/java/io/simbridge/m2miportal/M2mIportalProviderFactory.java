package io.simbridge.m2miportal;

import io.simbridge.core.Capability;
import io.simbridge.core.ProviderOperation;
import io.simbridge.core.SimProvider;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import io.simbridge.core.spi.SimProviderFactory;
import io.simbridge.m2miportal.model.M2mIportalOperation;
import java.util.List;
import java.util.Set;

/**
 * Registers M2M iPortal with {@link io.simbridge.core.SimProviders}: settings
 * {@code simbridge.m2miportal.username}, {@code .password} and {@code .api-id} (or
 * {@code SIMBRIDGE_M2MIPORTAL_USERNAME}, {@code _PASSWORD}, {@code _API_ID}), all required and
 * secret, besides the common ones.
 *
 * <p>An entry point for {@link io.simbridge.core.SimProviders}, found by the service loader; it is
 * public only because the service loader on the class path requires it. Not for direct use: build
 * an {@link M2mIportalClient} instead.
 */
public final class M2mIportalProviderFactory implements SimProviderFactory {
  private static final List<SettingDescriptor> SETTINGS =
      List.of(
          new SettingDescriptor("username", "the API user name", true, true),
          new SettingDescriptor("password", "the API password", true, true),
          new SettingDescriptor("api-id", "the API account identifier (api_id)", true, true));

  /** For the service loader. */
  public M2mIportalProviderFactory() {}

  @Override
  public String id() {
    return M2mIportalClient.PROVIDER_ID;
  }

  @Override
  public String displayName() {
    return "M2M iPortal";
  }

  @Override
  public Set<Capability> capabilities() {
    return M2mIportalSimProvider.CAPABILITIES;
  }

  /**
   * The documented operations, so tools find their names and intervals at run time.
   *
   * @return the constants of {@link M2mIportalOperation}, in documentation order
   */
  @Override
  public List<ProviderOperation> operations() {
    return List.of(M2mIportalOperation.values());
  }

  @Override
  public List<SettingDescriptor> settings() {
    return SETTINGS;
  }

  @Override
  public SimProvider create(ProviderSettings settings) {
    M2mIportalClient.Builder builder =
        M2mIportalClient.builder()
            .username(settings.require("username"))
            .password(settings.require("password"))
            .apiId(settings.require("api-id"));
    return settings.applyCommon(builder).build().asSimProvider();
  }
}
