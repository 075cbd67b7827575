package io.simbridge.spring.autoconfigure;

import io.simbridge.core.SimProvider;
import io.simbridge.core.SimProviders;
import io.simbridge.core.observe.CallListener;
import java.beans.PropertyDescriptor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds provider clients from the bound properties through {@link SimProviders#create}, the one
 * code path every configuration source shares, so a setting means the same here as in a
 * properties file or the environment.
 */
final class ProviderBeans {
  private ProviderBeans() {}

  /**
   * @param providerId the provider id
   * @param properties its bound properties
   * @param clientType its client class
   * @param listeners  the call listeners to register on it
   * @param <C>        the client type
   * @return the configured client
   * @throws io.simbridge.core.error.InvalidInputException naming the property that is missing or wrong
   */
  static <C> C client(
      String providerId,
      CommonProviderProperties properties,
      Class<C> clientType,
      ObjectProvider<CallListener> listeners) {
    SimProvider view =
        SimProviders.create(providerId, settings(properties), listeners.orderedStream().toList());
    try {
      return view.unwrap(clientType);
    } catch (RuntimeException e) {
      view.close();
      throw e;
    }
  }

  /**
   * @param properties bound properties
   * @return every set property by its setting key ({@code testBasicAuthUser} as
   *     {@code test-basic-auth-user}); durations in ISO-8601, which the settings parse
   */
  static Map<String, String> settings(Object properties) {
    BeanWrapper bean = new BeanWrapperImpl(properties);
    Map<String, String> settings = new LinkedHashMap<>();
    for (PropertyDescriptor d : bean.getPropertyDescriptors()) {
      Object value =
          d.getReadMethod() == null || d.getWriteMethod() == null
              ? null
              : bean.getPropertyValue(d.getName());
      if (value != null) {
        settings.put(kebab(d.getName()), value.toString());
      }
    }
    return settings;
  }

  /**
   * @param javaName a Java bean property name, such as {@code testBasicAuthUser}
   * @return its setting key, such as {@code test-basic-auth-user}
   */
  static String kebab(String javaName) {
    return javaName
        .chars()
        .mapToObj(
            c ->
                Character.isUpperCase(c)
                    ? "-" + (char) Character.toLowerCase(c)
                    : String.valueOf((char) c))
        .collect(Collectors.joining())
        .toLowerCase(Locale.ROOT);
  }
}
