package io.simbridge.reliability.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documented answers, copied from the provider modules' test fixtures into
 * {@code src/test/resources/fixtures/<provider>/}, with the same names (M2M iPortal's are
 * prefixed with their documentation page, as the provider module keeps them in one folder per
 * page).
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * @param path such as {@code thingsmobile/4.5-sim-status-ok.xml}
   * @return the fixture's bytes
   */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param path such as {@code thingsmobile/4.5-sim-status-ok.xml}
   * @return the fixture as UTF-8 text
   */
  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * @param provider a fixture folder
   * @return the names of its fixtures, sorted
   */
  public static List<String> list(String provider) {
    URL dir = Fixtures.class.getResource("/fixtures/" + provider);
    if (dir == null) {
      throw new IllegalArgumentException("no fixture folder " + provider);
    }
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
