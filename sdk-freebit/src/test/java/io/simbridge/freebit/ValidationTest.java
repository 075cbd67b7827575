package io.simbridge.freebit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.simbridge.core.SimProvider;
import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Msisdn;
import io.simbridge.core.model.SimRef;
import io.simbridge.freebit.model.FreebitAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input refused before anything is sent, with a message naming the field, the problem and what is allowed. */
class ValidationTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Nested
  class Accounts {
    @ParameterizedTest
    @CsvSource({
      "09012345678, PHONE_NUMBER",
      "08011112222, PHONE_NUMBER",
      "0312345678, PHONE_NUMBER",
      "AAA0_00000000001, SHARE_GROUP",
      "ZZ9_12345678, SHARE_GROUP",
      "ABCDEFGH_1234567890123456, SHARE_GROUP"
    })
    void theDocumentsShapesAreRecognised(String value, FreebitAccount.Kind kind) {
      FreebitAccount account = FreebitAccount.of(value);

      assertThat(account.value()).isEqualTo(value);
      assertThat(account.kind()).isEqualTo(kind);
      assertThat(account).hasToString(value);
    }

    /**
     * PA05-01, request parameter 2 ({@code account}): "Alphanumeric + symbols". The one example
     * ({@code AAA0_00000000001}) is not a shape: lower case, other symbols and other lengths pass.
     */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "aaa0_00000000001",
          "AAA0-00000000001",
          "AAA0_1",
          "G",
          "grp.01/x",
          "A!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
          "Z234567890123456789012345678901234567890123456789012345678901234"
        })
    void shareGroupCodesAreAlphanumericAndSymbols_PA05_01(String code) {
      assertThat(FreebitAccount.shareGroup(code).value()).isEqualTo(code);
      assertThat(FreebitAccount.of(code)).isEqualTo(FreebitAccount.shareGroup(code));
    }

    /** PA05-01 {@code account}: length and characters are checked, nothing else. */
    @Test
    void shareGroupCodesAreCheckedForLengthAndCharactersOnly() {
      Map<String, String> problems = new LinkedHashMap<>();
      problems.put("AAA0 0001", "'AAA0 0001' contains the whitespace U+0020 at position 5");
      problems.put("AAA0\t0001", "contains the whitespace U+0009 at position 5");
      problems.put("AAA0\u00010001", "contains the control character U+0001 at position 5");
      problems.put("AAA0_\uFF10", "contains the non-ASCII character U+FF10 at position 6");
      problems.put("Z".repeat(65), "has 65 characters");
      problems.put("", "is empty");

      problems.forEach(
          (code, problem) -> {
            InvalidInputException e =
                catchThrowableOfType(
                    InvalidInputException.class, () -> FreebitAccount.shareGroup(code));
            assertThat(e.field()).isEqualTo("account");
            assertThat(e.problem()).contains(problem);
            assertThat(e.allowed()).contains("1 to 64 printable ASCII characters");
          });
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "9012345678       | '9012345678' does not start with 0 (national form)",
          "090123456789     | '090123456789' has 12 digits",
          "012345678        | '012345678' has 9 digits",
          "090-1234-5678    | '090-1234-5678' is neither a phone number nor a share-group code: digits and symbols",
          "09012345678,09012345679 | '09012345678,09012345679' is neither a phone number nor a share-group code",
          "' 09012345678'   | ' 09012345678' contains the whitespace U+0020 at position 1",
          "''               | is empty"
        })
    void anythingElseIsRefusedWithAPreciseMessage(String value, String problem) {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> FreebitAccount.of(value));

      assertThat(e.field()).isEqualTo("account");
      assertThat(e.problem()).startsWith(problem);
      assertThat(e.getMessage())
          .startsWith("Invalid account: ")
          .contains("; allowed: ")
          .contains("09012345678");
    }

    @Test
    void eachKindIsCheckedAgainstItsOwnRules() {
      assertThatThrownBy(() -> FreebitAccount.phoneNumber("AAA0_00000000001"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not a digit");
      assertThat(FreebitAccount.shareGroup("09012345678").isShareGroup()).isTrue();
      assertThat(FreebitAccount.phoneNumber("09012345678").isShareGroup()).isFalse();
      assertThat(FreebitAccount.shareGroup("AAA0_00000000001").isShareGroup()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
      "819012345678, 09012345678",
      "+818011112222, 08011112222",
      "81312345678, 0312345678"
    })
    void aJapaneseMsisdnBecomesTheNationalNumber(String msisdn, String national) {
      assertThat(FreebitAccount.ofMsisdn(Msisdn.of(msisdn)))
          .isEqualTo(FreebitAccount.phoneNumber(national));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "4915112345678 | is not a Japanese number (country code 81)",
          "8109012345678 | keeps the national prefix 0 after the country code",
          "8190123456    | has 8 digits after the country code 81",
          "81901234567890 | has 12 digits after the country code 81"
        })
    void anyOtherMsisdnIsRefused(String msisdn, String problem) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> FreebitAccount.ofMsisdn(Msisdn.of(msisdn)));

      assertThat(e.field()).isEqualTo("msisdn");
      assertThat(e.problem()).contains(problem);
      assertThat(e.allowed()).contains("819012345678");
    }
  }

  @Nested
  class NeutralReferences {
    private FreebitClient client;
    private SimProvider view;

    @BeforeEach
    void setUp() {
      var clock = FreebitTests.clock();
      client = FreebitTests.builder(server, clock).authKey("AUTHKEY1").build();
      view = client.asSimProvider();
    }

    @AfterEach
    void tearDown() {
      view.close();
    }

    private void assertRefusedBeforeSending(SimRef sim, String field, String problem) {
      for (Consumer<SimRef> call : List.<Consumer<SimRef>>of(view::usageNow, view::dailyUsage)) {
        InvalidInputException e =
            catchThrowableOfType(InvalidInputException.class, () -> call.accept(sim));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.problem()).contains(problem);
      }
      assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMalformedAccountIsRefused() {
      assertRefusedBeforeSending(
          SimRef.account("090-1234-5678"), "account", "neither a phone number");
    }

    @Test
    void aForeignMsisdnIsRefused() {
      assertRefusedBeforeSending(SimRef.msisdn("4915112345678"), "msisdn", "not a Japanese number");
    }

    @Test
    void anIccidAloneIsRefused() {
      assertRefusedBeforeSending(
          SimRef.iccid("8981100000000000000"), "sim", "does not know ICCIDs");
    }
  }

  @Nested
  class Builder {
    @Test
    void credentialsAreRequired() {
      assertThatThrownBy(() -> FreebitClient.builder().build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Invalid credentials: none set; allowed: either authKey(...) or oemCredentials(...)");
    }

    @Test
    void onlyOneKindOfCredentialsIsAccepted() {
      assertThatThrownBy(
              () ->
                  FreebitClient.builder().authKey("AUTHKEY1").oemCredentials("OEM", "KEY1").build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("both an authKey and OEM credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankCredentialsAreRefused(String blank) {
      assertThatThrownBy(() -> FreebitClient.builder().authKey(blank))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Invalid authKey: is blank");
      assertThatThrownBy(() -> FreebitClient.builder().oemCredentials(blank, "KEY1"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Invalid oemId: is blank");
      assertThatThrownBy(() -> FreebitClient.builder().oemCredentials("OEM", blank))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Invalid oemKey: is blank");
    }

    @Test
    void plainHttpToAnotherHostIsRefusedAtBuildTime() {
      assertThatThrownBy(
              () ->
                  FreebitClient.builder().authKey("AUTHKEY1").baseUrl("http://i1.mvno.net").build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Invalid baseUrl")
          .hasMessageContaining("plain HTTP");
    }

    @Test
    void theDefaultHostIsThePublicOneAndAnOperatorsHostCanBeSet() {
      try (FreebitClient byDefault = FreebitClient.builder().authKey("AUTHKEY1").build();
          FreebitClient own =
              FreebitClient.builder()
                  .authKey("AUTHKEY1")
                  .baseUrl("https://mvno.example.jp/")
                  .build()) {
        assertThat(byDefault.baseUrl())
            .isEqualTo("https://i1.mvno.net")
            .isEqualTo(FreebitClient.DEFAULT_BASE_URL);
        assertThat(own.baseUrl()).isEqualTo("https://mvno.example.jp");
      }
    }
  }
}
