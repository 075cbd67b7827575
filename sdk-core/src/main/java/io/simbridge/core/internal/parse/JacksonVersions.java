package io.simbridge.core.internal.parse;

import com.fasterxml.jackson.core.Version;

/**
 * Which Jackson is on the class path, read once from each module's {@code PackageVersion} (no
 * reflection). Users' builds pick the Jackson version (Spring Boot 3.2 manages 2.15): this class
 * must therefore never touch an API newer than the oldest version it accepts, so that the check
 * itself cannot fail with a linkage error.
 */
public final class JacksonVersions {
  /** The oldest Jackson simbridge runs on: {@code StreamReadConstraints} arrived in 2.15. */
  static final Version MINIMUM =
      new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  private static final Version CORE = com.fasterxml.jackson.core.json.PackageVersion.VERSION;

  /** Whether {@code StreamReadConstraints} has its own token-count limit (Jackson 2.18 and later). */
  static final boolean HAS_TOKEN_COUNT_LIMIT = atLeast(CORE, 2, 18);

  private JacksonVersions() {}

  /**
   * Fails unless every Jackson module simbridge reads with is at least {@link #MINIMUM}. Called
   * when a client is built, so that an unsupported version is reported at start-up with both
   * versions named, instead of as a linkage error on the first answer.
   *
   * @throws IllegalStateException naming the module and version found and the version needed
   */
  public static void requireSupported() {
    require(CORE);
    require(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    require(com.fasterxml.jackson.dataformat.xml.PackageVersion.VERSION);
  }

  /**
   * @param found a Jackson module's version
   * @throws IllegalStateException if it is older than {@link #MINIMUM}
   */
  static void require(Version found) {
    if (!atLeast(found, MINIMUM.getMajorVersion(), MINIMUM.getMinorVersion())) {
      throw new IllegalStateException(
          "simbridge needs Jackson "
              + MINIMUM.getMajorVersion()
              + "."
              + MINIMUM.getMinorVersion()
              + " or later, but "
              + found.getArtifactId()
              + " "
              + found
              + " is on the class path; align every com.fasterxml.jackson module on one version, for"
              + " example by importing com.fasterxml.jackson:jackson-bom "
              + MINIMUM.getMajorVersion()
              + "."
              + MINIMUM.getMinorVersion()
              + ".0 or later");
    }
  }

  // Major and minor only: a snapshot or patch release of 2.18 has the 2.18 API.
  private static boolean atLeast(Version v, int major, int minor) {
    return v.getMajorVersion() > major
        || (v.getMajorVersion() == major && v.getMinorVersion() >= minor);
  }
}
