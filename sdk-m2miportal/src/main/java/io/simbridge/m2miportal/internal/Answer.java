package io.simbridge.m2miportal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbridge.core.internal.parse.Fields;
import io.simbridge.core.internal.parse.MalformedFieldException;
import io.simbridge.core.internal.parse.Mappers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One element of an answer, read through core's hardened XML mapper (any DOCTYPE refused, so no
 * external entity is ever read) as a Jackson tree: child elements and attributes by name,
 * repeated elements as arrays, an empty element ({@code <network/>} or
 * {@code <network></network>}) as an empty text.
 *
 * <p>Reading is tolerant: an absent, empty or blank element is "not available". The root
 * element's name is not checked (the tree does not keep it); {@code api_outcome} identifies an
 * answer.
 */
final class Answer {
  private final JsonNode node;
  private final String path;

  private Answer(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * @param body the answer's bytes
   * @return its root element
   * @throws IOException if it is not well-formed XML or declares a DOCTYPE
   */
  static Answer read(byte[] body) throws IOException {
    JsonNode root = Mappers.readXml(body, JsonNode.class);
    if (root == null || !root.isObject()) {
      throw new MalformedFieldException(
          "api_outcome", "is missing: the answer holds no XML elements");
    }
    return new Answer(root, "");
  }

  /**
   * @param body an answer that came with an error status
   * @return its root element, empty if it is not a readable XML document
   */
  static Optional<Answer> tryRead(byte[] body) {
    try {
      return Optional.of(read(body));
    } catch (IOException | MalformedFieldException e) {
      return Optional.empty();
    }
  }

  /**
   * @param name a child element
   * @return its text without surrounding spaces; empty when absent, empty or blank
   */
  Optional<String> text(String name) {
    return verbatim(name).flatMap(Fields::text);
  }

  /**
   * @param name a child element
   * @return its text without surrounding spaces
   * @throws MalformedFieldException if it is absent, empty or blank
   */
  String require(String name) {
    return text(name)
        .orElseThrow(() -> new MalformedFieldException(field(name), "is missing or empty"));
  }

  /**
   * @param name a child element
   * @return its name as error messages give it, with the path to this element
   */
  String field(String name) {
    return path + name;
  }

  /**
   * @param name a child element
   * @return its text exactly as sent; empty when absent, empty or blank
   */
  Optional<String> verbatim(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isArray()) {
      throw new MalformedFieldException(
          field(name), "appears " + v.size() + " times where one value was expected");
    }
    if (v.isObject()) {
      // An element with attributes keeps its text under the empty name.
      JsonNode text = v.get("");
      if (text == null || !text.isValueNode()) {
        throw new MalformedFieldException(field(name), "holds elements where a value was expected");
      }
      v = text;
    }
    String s = v.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /**
   * @param name a repeated child element
   * @return each occurrence that has child elements, in document order; empty occurrences carry
   *     nothing and are skipped
   */
  List<Answer> elements(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    List<Answer> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemPath = path + name + "[" + (i + 1) + "]";
      if (item.isObject()) {
        out.add(new Answer(item, itemPath + "/"));
      } else if (!item.isNull() && !item.asText().isBlank()) {
        throw new MalformedFieldException(itemPath, "holds text where elements were expected");
      }
    }
    return out;
  }

  /**
   * @param names child elements
   * @return whether every one is absent, empty or blank
   */
  boolean allEmpty(String... names) {
    for (String n : names) {
      if (text(n).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no element or attribute under this one holds any text.
   *
   * @return whether no element or attribute under this one holds any text
   */
  boolean isBlank() {
    List<String> texts = new ArrayList<>();
    collectText(node, texts);
    return texts.isEmpty();
  }

  /**
   * The provider's error description: its element's name is not documented, so the text of every
   * element whose name contains {@code error}, except error codes, joined by {@code "; "}.
   *
   * @return the description, empty when the answer has none
   */
  Optional<String> errorDescription() {
    String joined = errorElements(false).collect(Collectors.joining("; "));
    return joined.isBlank() ? Optional.empty() : Optional.of(joined);
  }

  /**
   * The text of an element whose name contains both {@code error} and {@code code}, if any.
   *
   * @return the text of an element whose name contains both {@code error} and {@code code}, if any
   */
  Optional<String> errorCode() {
    return errorElements(true).findFirst();
  }

  private java.util.stream.Stream<String> errorElements(boolean codes) {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (name.contains("error") && name.contains("code") == codes) {
        collectText(e.getValue(), texts);
      }
    }
    return texts.stream();
  }

  private static void collectText(JsonNode n, List<String> into) {
    if (n.isContainerNode()) {
      n.forEach(child -> collectText(child, into));
    } else if (!n.isNull()) {
      Fields.text(n.asText()).ifPresent(into::add);
    }
  }
}
