package io.simbridge.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbridge.core.SimProviders;
import io.simbridge.core.spi.ProviderSettings;
import io.simbridge.core.spi.SettingDescriptor;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * One set of names everywhere: the generated configuration metadata (what IDEs complete) lists,
 * for every provider, exactly the keys its factory reads, each with a description.
 */
class ConfigurationMetadataTest {

  @Test
  void everyProviderHasExactlyItsFactorysKeysWithDescriptions() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(in);
    }
    Set<String> documented =
        StreamSupport.stream(metadata.get("properties").spliterator(), false)
            .peek(
                p ->
                    assertThat(p.path("description").asText())
                        .as(p.get("name").asText())
                        .isNotBlank())
            .map(p -> p.get("name").asText())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(SimProviders.ids())
        .containsExactlyInAnyOrder("thingsmobile", "horisen", "freebit", "m2miportal");
    SimProviders.available()
        .forEach(
            (id, factory) -> {
              Set<String> read =
                  Stream.concat(ProviderSettings.COMMON.stream(), factory.settings().stream())
                      .map(SettingDescriptor::key)
                      .map(k -> ProviderSettings.propertyName(id, k))
                      .collect(Collectors.toCollection(TreeSet::new));
              assertThat(
                      documented.stream()
                          .filter(n -> n.startsWith("simbridge." + id + "."))
                          .toList())
                  .as(id)
                  .containsExactlyInAnyOrderElementsOf(read);
            });
  }
}
