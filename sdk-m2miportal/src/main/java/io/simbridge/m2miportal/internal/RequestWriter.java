package io.simbridge.m2miportal.internal;

import io.simbridge.core.model.Iccid;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the XML documents the API receives, with a real XML writer so that every value (a
 * password holding {@code <}, {@code &} or quotes, an SMS text) is escaped:
 *
 * <pre>{@code
 * <query_contract version="1" api_id="...">
 *   <authentication><username>...</username><password>...</password></authentication>
 *   <iccid>...</iccid>
 *   ...operation elements, in documented order...
 * </query_contract>
 * }</pre>
 *
 * <p>Written compactly, without an XML declaration, in UTF-8 (the XML default), as in the
 * provider's examples.
 */
public final class RequestWriter {

  /**
   * An element after {@code <iccid>}.
   *
   * @param name  its name
   * @param value its text
   */
  record Element(String name, String value) {
    Element {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value of " + name);
    }
  }

  private RequestWriter() {}

  /**
   * @param operation the operation, which names the root element
   * @param account   the credentials
   * @param iccid     the SIM
   * @param extras    the operation's own elements, in order
   * @return the document, UTF-8
   */
  static byte[] write(M2mOperation operation, Credentials account, Iccid iccid, List<Element> extras) {
    StringWriter out = new StringWriter(320);
    try {
      // The JDK's own writer, whatever StAX implementation is on the class path: its escaping is
      // what the tests pin down. A factory per request, as factories are not specified thread-safe.
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      w.writeStartElement(operation.root());
      w.writeAttribute("version", "1");
      w.writeAttribute("api_id", account.apiId().reveal());
      w.writeStartElement("authentication");
      element(w, "username", account.username().reveal());
      element(w, "password", account.password().reveal());
      w.writeEndElement();
      element(w, "iccid", iccid.value());
      for (Element e : extras) {
        element(w, e.name(), e.value());
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      // A StringWriter does not fail, and every value was checked to be XML characters.
      throw new IllegalStateException("writing the " + operation.root() + " request failed", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    // Written as character references: a literal carriage return would reach the provider as a
    // line feed (XML end-of-line handling); a form feed (GSM extension table) cannot be written
    // literally at all. XML 1.0 does not allow &#12; either, but it is the one spelling the
    // character has, so the provider's parser decides. The writer escapes everything else.
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\f') {
        w.writeCharacters(text.substring(from, i));
        w.writeEntityRef("#" + (int) c);
        from = i + 1;
      }
    }
    w.writeCharacters(text.substring(from));
    w.writeEndElement();
  }
}
