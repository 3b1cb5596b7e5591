package org.eaihub.canonical.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Violation;

/**
 * Reads just enough of a document to learn its message type and schema version, before the binding commits to a
 * class: the version decides whether the document may be bound at all. Stops at the end of the envelope (the first
 * element when written here), so it costs little. Refuses any XML DOCTYPE. Internal: not part of the public API.
 *
 * @param rootName      the XML root element's local name ({@code null} for JSON)
 * @param rootNamespace the XML root element's namespace ({@code null} for JSON)
 * @param messageType   the envelope's messageType, if found
 * @param schemaVersion the envelope's schemaVersion, if found
 */
public record EnvelopeProbe(String rootName, String rootNamespace, String messageType, String schemaVersion) {

    private static final String ENVELOPE = "envelope";
    private static final String MESSAGE_TYPE = "messageType";
    private static final String SCHEMA_VERSION = "schemaVersion";

    public static EnvelopeProbe json(JsonFactory factory, byte[] document) throws IOException {
        try (JsonParser parser = factory.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CanonicalValidationException("JSON document",
                        new Violation(Violation.DOCUMENT, "type object", "must be a JSON object"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (ENVELOPE.equals(name) && value == JsonToken.START_OBJECT) {
                    String messageType = null;
                    String schemaVersion = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken token = parser.nextToken();
                        if (token == JsonToken.VALUE_STRING && MESSAGE_TYPE.equals(field)) {
                            messageType = parser.getText();
                        } else if (token == JsonToken.VALUE_STRING && SCHEMA_VERSION.equals(field)) {
                            schemaVersion = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    return new EnvelopeProbe(null, null, messageType, schemaVersion);
                }
                parser.skipChildren();
            }
            return new EnvelopeProbe(null, null, null, null);
        }
    }

    public static EnvelopeProbe xml(XMLInputFactory factory, byte[] document) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
        try {
            String rootName = null;
            String rootNamespace = null;
            String messageType = null;
            String schemaVersion = null;
            boolean inEnvelope = false;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new CanonicalValidationException("XML document",
                            new Violation(Violation.DOCUMENT, "noDoctype", "must not contain a DOCTYPE declaration"));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 1) {
                        rootName = name;
                        rootNamespace = reader.getNamespaceURI();
                    } else if (depth == 2 && ENVELOPE.equals(name)) {
                        inEnvelope = true;
                    } else if (depth == 3 && inEnvelope && MESSAGE_TYPE.equals(name)) {
                        messageType = reader.getElementText();
                        depth--;
                    } else if (depth == 3 && inEnvelope && SCHEMA_VERSION.equals(name)) {
                        schemaVersion = reader.getElementText();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (inEnvelope && depth == 1) {
                        break;
                    }
                }
            }
            return new EnvelopeProbe(rootName, rootNamespace, messageType, schemaVersion);
        } finally {
            reader.close();
        }
    }
}
