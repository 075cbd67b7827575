package io.simbridge.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the token-count guard used on Jackson 2.15 to 2.17, where StreamReadConstraints has no
 * maxTokenCount. Exercised here on whichever Jackson the build uses; the jackson-floor profile
 * runs providers' calls on 2.15.
 */
class TokenCountingJsonFactoryTest {
  private static final ObjectMapper TEN_TOKENS =
      JsonMapper.builder(new TokenCountingJsonFactory(new JsonFactoryBuilder(), 10))
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** A binding target with one known field. */
  public static class Known {
    public int a;
  }

  @Test
  void aDocumentOfExactlyTheLimitIsRead() throws Exception {
    assertThat(TEN_TOKENS.readTree("[1,2,3,4,5,6,7,8]").size()).isEqualTo(8); // 10 tokens
  }

  @Test
  void oneTokenMoreIsRefusedWhateverTheInputKind() {
    String json = "[1,2,3,4,5,6,7,8,9]";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TEN_TOKENS.readTree(json))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Token count (11)");
    assertThatThrownBy(() -> TEN_TOKENS.readTree(bytes))
        .isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> TEN_TOKENS.readTree(new ByteArrayInputStream(bytes)))
        .isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> TEN_TOKENS.readTree(new StringReader(json)))
        .isInstanceOf(StreamConstraintsException.class);
    // Bound values see it wrapped with its path, as they do Jackson's own limit from 2.18 on.
    assertThatThrownBy(() -> TEN_TOKENS.readerFor(int[].class).readValue(bytes))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Token count (11)");
  }

  @Test
  void tokensSkippedAsAnUnknownFieldStillCount() {
    String json = "{\"a\":1,\"unknown\":[[],[],[],[],[],[]]}";

    assertThatThrownBy(() -> TEN_TOKENS.readValue(json, Known.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Token count (11)");
  }

  @Test
  void nextValueAndSkipChildrenBehaveAsTheParsersOwn() throws Exception {
    try (JsonParser p = TEN_TOKENS.createParser("{\"x\":[1,[2]],\"y\":3}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextValue()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(p.currentName()).isEqualTo("x");
      p.skipChildren();
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(p.nextValue()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(p.getIntValue()).isEqualTo(3);
    }
  }

  @Test
  void aCopyKeepsTheLimit() {
    ObjectMapper copy = TEN_TOKENS.copy();

    assertThatThrownBy(() -> copy.readTree("[1,2,3,4,5,6,7,8,9]"))
        .isInstanceOf(StreamConstraintsException.class);
  }
}
