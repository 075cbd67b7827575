package io.simbridge.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappersTest {

  /** A simple XML binding target. */
  public static class Result {
    public String done;
    public String errorMessage;
  }

  @Test
  void readsPlainXml() throws IOException {
    Result r =
        Mappers.readXml(
            bytes("<result><done>true</done><extra>ignored</extra></result>"), Result.class);

    assertThat(r.done).isEqualTo("true");
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "CANARY-7f3a");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE result [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<result><done>true</done><errorMessage>&xxe;</errorMessage></result>";

    assertThatThrownBy(() -> Mappers.readXml(bytes(xxe), Result.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("CANARY");
  }

  @Test
  void anEntityExpansionBombIsRefused() {
    StringBuilder bomb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      bomb.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    bomb.append("]><result><done>&lol9;</done></result>");

    assertThatThrownBy(() -> Mappers.readXml(bytes(bomb.toString()), Result.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void anUndeclaredEntityIsAnErrorNotAnEmptyValue() {
    assertThatThrownBy(
            () ->
                Mappers.readXml(bytes("<result><done>&undeclared;</done></result>"), Result.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void truncatedXmlIsAnError() {
    assertThatThrownBy(() -> Mappers.readXml(bytes("<result><done>tr"), Result.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void contentAfterTheRootElementIsAnError() {
    for (String body :
        List.of("<result><done>true</done></result><result/>", "<result/>trailing")) {
      assertThatThrownBy(() -> Mappers.readXml(bytes(body), Result.class))
          .as(body)
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  @Test
  void notXmlAtAllIsAnError() {
    for (String body : List.of("", "{\"done\":true}", "<html><body>502</body>")) {
      assertThatThrownBy(() -> Mappers.readXml(bytes(body), Result.class))
          .as(body)
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    String deep =
        "[".repeat(Mappers.MAX_NESTING_DEPTH + 1) + "]".repeat(Mappers.MAX_NESTING_DEPTH + 1);

    assertThatThrownBy(() -> Mappers.json().readTree(deep))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void anAnswerOfManyTinyTokensIsRefusedBeforeItFillsTheHeap() {
    String json = "[" + "{},".repeat(Mappers.MAX_TOKENS) + "{}]";
    String xml = "<result>" + "<sim/>".repeat(Mappers.MAX_TOKENS) + "</result>";

    assertThatThrownBy(() -> Mappers.json().readTree(json))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Token count");
    assertThatThrownBy(() -> Mappers.readXml(bytes(xml), JsonNode.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void jsonDecimalsAreExactAndTrailingGarbageIsRefused() throws IOException {
    JsonNode n = Mappers.json().readTree("{\"price\": 0.1, \"amount\": 10.00}");
    assertThat(n.get("price").decimalValue()).isEqualByComparingTo("0.1");
    assertThat(n.get("price").isBigDecimal()).isTrue();
    assertThat(n.get("amount").decimalValue()).hasToString("10.00");

    assertThatThrownBy(() -> Mappers.json().readTree("{\"a\":1} {\"b\":2}"))
        .isInstanceOf(JsonProcessingException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
