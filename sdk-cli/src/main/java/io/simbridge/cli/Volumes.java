package io.simbridge.cli;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.DataUnit;
import io.simbridge.core.model.DataVolume;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Data volumes as options take them: a number and a unit, {@code 100MiB}, {@code 1.5GB},
 * {@code 512kB}, or bare bytes. Decimal (kB, MB, GB) and binary (KiB, MiB, GiB) units are told
 * apart, as the providers' own units differ.
 */
final class Volumes implements ITypeConverter<DataVolume> {
  private static final Pattern VOLUME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]*)");

  @Override
  public DataVolume convert(String text) {
    Matcher m = VOLUME.matcher(text.strip());
    if (m.matches()) {
      for (DataUnit u : DataUnit.values()) {
        if (u.symbol().equals(m.group(2)) || (m.group(2).isEmpty() && u == DataUnit.BYTE)) {
          return DataVolume.of(new BigDecimal(m.group(1)), u);
        }
      }
    }
    throw new InvalidInputException(
        "volume",
        "'" + text + "' is not a data volume",
        "a number and a unit: B, kB, KiB, MB, MiB, GB or GiB, such as 100MiB");
  }
}
