package io.simbridge.m2miportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.simbridge.core.error.InvalidInputException;
import io.simbridge.core.model.Iccid;
import io.simbridge.m2miportal.model.SendSmsRequest;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input the provider would refuse is refused before anything is sent, with a precise message. */
class ValidationTest extends M2mTestSupport {

  static Stream<Arguments> refusedInputs() {
    return Stream.of(
        refused(
            "ICCID with a letter",
            c -> c.queryStatus(Iccid.of("12345678901234567X9")),
            "iccid",
            "'12345678901234567X9' contains a character that is not a digit"),
        refused(
            "ICCID of 17 digits",
            c -> c.queryContract(Iccid.of("12345678901234567")),
            "iccid",
            "has 17 digits"),
        refused("lastx 0", c -> c.querySmsMtDetails(ICCID, 0), "lastx", "is 0; allowed: 1 to 20"),
        refused(
            "lastx 21", c -> c.querySmsMtDetails(ICCID, 21), "lastx", "is 21; allowed: 1 to 20"),
        refused("lastx negative", c -> c.querySmsMtDetails(ICCID, -3), "lastx", "is -3"),
        refused("empty group code", c -> c.setGroup(ICCID, ""), "groupCode", "is empty"),
        refused("blank group code", c -> c.setGroup(ICCID, " \t "), "groupCode", "is blank"),
        refused(
            "group code with a line break",
            c -> c.setGroup(ICCID, "G1\nG2"),
            "groupCode",
            "contains the control or invalid character U+000A at position 3"),
        refused(
            "empty SMS", c -> c.sendSms(ICCID, SendSmsRequest.of("")), "messageText", "is empty"),
        refused(
            "blank SMS",
            c -> c.sendSms(ICCID, SendSmsRequest.of(" \n ")),
            "messageText",
            "is blank"),
        refused(
            "161 characters",
            c -> c.sendSms(ICCID, SendSmsRequest.of("a".repeat(161))),
            "messageText",
            "takes 161 GSM 7-bit characters (161 characters, 0 of them from the extension table"),
        refused(
            "159 characters and one of the extension table",
            c -> c.sendSms(ICCID, SendSmsRequest.of("a".repeat(159) + "^")),
            "messageText",
            "takes 161 GSM 7-bit characters (160 characters, 1 of them from the extension table"),
        refused(
            "81 euro signs",
            c -> c.sendSms(ICCID, SendSmsRequest.of("€".repeat(81))),
            "messageText",
            "takes 162 GSM 7-bit characters"),
        refused(
            "every extension character counts two",
            c -> c.sendSms(ICCID, SendSmsRequest.of("^{}\\[~]|€".repeat(9) + "abc")),
            "messageText",
            "takes 165 GSM 7-bit characters (84 characters, 81 of them from the extension table"),
        refused(
            "a character outside the alphabet",
            c -> c.sendSms(ICCID, SendSmsRequest.of("Ça va? ça va")),
            "messageText",
            "outside the GSM 7-bit default alphabet: 'ç' (U+00E7);"),
        refused(
            "an emoji",
            c -> c.sendSms(ICCID, SendSmsRequest.of("ok 😀 ok 😀")),
            "messageText",
            "outside the GSM 7-bit default alphabet: '😀' (U+1F600);"),
        refused(
            "80 form feeds and a letter",
            c -> c.sendSms(ICCID, SendSmsRequest.of("\f".repeat(80) + "a")),
            "messageText",
            "takes 161 GSM 7-bit characters (81 characters, 80 of them from the extension table"),
        refused("a tab", c -> c.sendSms(ICCID, SendSmsRequest.of("a\tb")), "messageText", "U+0009"),
        refused(
            "sms_uid of 13 characters",
            c -> c.sendSms(ICCID, SendSmsRequest.builder("PING").smsUid("abcdefghijklm").build()),
            "smsUid",
            "has 13 characters"),
        refused(
            "sms_uid with a dash",
            c -> c.sendSms(ICCID, SendSmsRequest.builder("PING").smsUid("job-42").build()),
            "smsUid",
            "'job-42' contains a character that is not a letter or digit"),
        refused(
            "sms_uid with non-ASCII digits",
            c -> c.sendSms(ICCID, SendSmsRequest.builder("PING").smsUid("٤٢").build()),
            "smsUid",
            "not a letter or digit"),
        refused(
            "empty sms_uid",
            c -> c.sendSms(ICCID, SendSmsRequest.builder("PING").smsUid("").build()),
            "smsUid",
            "is empty"),
        refused(
            "blank origin",
            c -> c.sendSms(ICCID, SendSmsRequest.builder("PING").origin("  ").build()),
            "origin",
            "is blank"));
  }

  private static Arguments refused(
      String name, Consumer<M2mIportalClient> call, String field, String problem) {
    return arguments(name, call, field, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedInputs")
  void isRefusedBeforeSending(
      String name, Consumer<M2mIportalClient> call, String field, String problem) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith("Invalid " + field + ": ").contains(problem);
            });
    assertNothingSent();
  }

  @Test
  void theRefusalOfAnSmsNamesOnlyTheCharactersOutsideTheAlphabetAndWhatIsAllowed() {
    assertThatThrownBy(() -> SendSmsRequest.of("Ça coûte 5€ — ça va?"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "alphabet: 'û' (U+00FB), '—' (U+2014), 'ç' (U+00E7); allowed: 1 to 160 characters of the GSM "
                + "7-bit default alphabet (A-Z, a-z, 0-9, space, line feed, carriage return and @£$¥")
        .hasMessageContaining("^ { } \\ [ ~ ] | € count as two")
        .hasMessageNotContaining("'Ç'");
  }

  @Test
  void limitsAreInclusive() {
    assertThatCode(() -> SendSmsRequest.of("a".repeat(160))).doesNotThrowAnyException();
    assertThatCode(() -> SendSmsRequest.of("€".repeat(80))).doesNotThrowAnyException();
    assertThatCode(() -> SendSmsRequest.builder("x").smsUid("abcDEF123456").build())
        .doesNotThrowAnyException();
  }

  @Test
  void nullArgumentsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.queryStatus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client.setStatus(ICCID, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client.setGroup(ICCID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client.sendSms(ICCID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SendSmsRequest.of(null)).isInstanceOf(NullPointerException.class);
    assertNothingSent();
  }

  @Test
  void theBuilderRefusesMissingOrUnsendableCredentials() {
    assertThatThrownBy(() -> M2mIportalClient.builder().password("p4ss").apiId("1234").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid username: is not set");
    assertThatThrownBy(() -> M2mIportalClient.builder().username("user").apiId("1234").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid password: is not set");
    assertThatThrownBy(() -> M2mIportalClient.builder().username("user").password("p4ss").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid apiId: is not set");
    assertThatThrownBy(() -> M2mIportalClient.builder().password(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid password: is blank");
    assertThatThrownBy(() -> M2mIportalClient.builder().password("secret\u0000value"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+0000 at position 7")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theBuilderRefusesPlainHttpToAnotherHostAtBuildTime() {
    assertThatThrownBy(() -> builder().baseUrl("http://api.m2miportal.com").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plain HTTP to api.m2miportal.com");
    assertThatCode(
            () ->
                builder()
                    .baseUrl("http://api.m2miportal.com")
                    .allowInsecureHttp(true)
                    .build()
                    .close())
        .doesNotThrowAnyException();
  }
}
