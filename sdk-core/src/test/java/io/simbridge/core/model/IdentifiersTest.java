package io.simbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.simbridge.core.error.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

  @Nested
  class Iccids {
    @Test
    void aValidIccidWithItsCheckDigit() {
      Iccid iccid = Iccid.of("89440000000000000002");

      assertThat(iccid.length()).isEqualTo(20);
      assertThat(iccid.hasValidCheckDigit()).isTrue();
      assertThat(Iccid.of("8944501312167518236").hasValidCheckDigit()).isTrue();
    }

    @Test
    void aWrongCheckDigitIsReportedNotRefused() {
      // M2M iPortal's documented example, 1234567890123456789, does not carry a valid Luhn digit.
      Iccid iccid = Iccid.of("1234567890123456789");

      assertThat(iccid.hasValidCheckDigit()).isFalse();
      assertThat(Iccid.of("89440000000000000001").hasValidCheckDigit()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "89445013121675182|has 17 digits",
          "89445013121675182361234|has 23 digits",
          "894450131216751823A|'894450131216751823A' contains a character that is not a digit",
          "8944 5013 1216 7518 236|contains a character that is not a digit",
          "''|is empty"
        })
    void refusedWithAMessageNamingFieldProblemAndAllowed(String value, String problem) {
      assertThatThrownBy(() -> Iccid.of(value))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("iccid");
                assertThat(e.problem()).contains(problem);
                assertThat(e.allowed()).isEqualTo("18 to 22 digits, such as 8944501312167518236");
              })
          .hasMessageStartingWith("Invalid iccid: ");
    }
  }

  @Nested
  class Msisdns {
    @Test
    void aLeadingPlusIsDropped() {
      assertThat(Msisdn.of("+447937557899").value()).isEqualTo("447937557899");
      assertThat(Msisdn.of("882360001975037").value()).isEqualTo("882360001975037");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "12345|has 5 digits",
          "8823600019750371|has 16 digits",
          "44793755789x|contains a character that is not a digit",
          "09012345678|starts with 0, a national prefix",
          "+|is empty"
        })
    void refused(String value, String problem) {
      assertThatThrownBy(() -> Msisdn.of(value))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("msisdn");
                assertThat(e.problem()).contains(problem);
              });
    }
  }

  @Nested
  class SimRefs {
    @Test
    void labelsPreferTheIccid() {
      assertThat(SimRef.of(Iccid.of("8944501312167518236"), Msisdn.of("447937557899")).label())
          .isEqualTo("ICCID 8944501312167518236");
      assertThat(SimRef.msisdn("447937557899").label()).isEqualTo("MSISDN 447937557899");
      assertThat(SimRef.account("AAA0_00000000001").label()).isEqualTo("account AAA0_00000000001");
    }

    @Test
    void aReferenceNeedsAnIdentifier() {
      assertThatThrownBy(
              () ->
                  new SimRef(
                      java.util.Optional.empty(),
                      java.util.Optional.empty(),
                      java.util.Optional.empty()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Invalid sim: names no identifier; allowed: an ICCID, an MSISDN or a provider account id");
      assertThatThrownBy(() -> SimRef.account(" ")).isInstanceOf(InvalidInputException.class);
    }
  }
}
