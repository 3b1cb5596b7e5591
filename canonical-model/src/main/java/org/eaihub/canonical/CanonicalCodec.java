package org.eaihub.canonical;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eaihub.canonical.common.Patterns;
import org.eaihub.canonical.internal.BeanValidation;
import org.eaihub.canonical.internal.EnvelopeProbe;
import org.eaihub.canonical.internal.Mappers;
import org.eaihub.canonical.internal.ReadProblems;

/**
 * Writes, reads and validates canonical messages in JSON and XML. Thread-safe; create one per set of
 * {@link ParserLimits} and share it (all mappers, readers and writers are built once, in the constructor).
 *
 * <p>Reading a document, in order: its size is checked against the limit; its envelope is probed for message type
 * and schema version (an unknown major version is refused before binding); it is bound to the message type's record
 * under the parser limits (XML without DTDs or entities); unknown fields are refused unless the document's minor
 * version is newer than this library's; the message is validated. Every problem is reported as a
 * {@link CanonicalValidationException} that names fields and rules, never values.
 */
public final class CanonicalCodec {

    private static final String NOT_A_VALUE = "must not be null";

    /** Attributes of the root element that XML tools add and that are not fields ({@code xsi:schemaLocation}). */
    private static final List<String> XSI_ATTRIBUTES = List.of("schemaLocation", "noNamespaceSchemaLocation");

    private final ParserLimits limits;
    private final JsonMapper json;
    private final XmlMapper xml;
    private final XMLInputFactory xmlInput;
    private final XMLOutputFactory xmlOutput;
    private final Map<Class<?>, ObjectReader> jsonReaders;
    private final Map<Class<?>, ObjectReader> xmlReaders;
    private final Map<Class<?>, ObjectWriter> jsonWriters;
    private final Map<Class<?>, ObjectWriter> xmlWriters;
    private final BeanValidation validation = new BeanValidation();

    /** A codec with {@link ParserLimits#DEFAULTS}. */
    public CanonicalCodec() {
        this(ParserLimits.DEFAULTS);
    }

    public CanonicalCodec(ParserLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = Mappers.json(limits);
        this.xml = Mappers.xml(limits);
        this.xmlInput = xml.getFactory().getXMLInputFactory();
        this.xmlOutput = xml.getFactory().getXMLOutputFactory();
        Map<Class<?>, ObjectReader> jsonReaders = new HashMap<>();
        Map<Class<?>, ObjectReader> xmlReaders = new HashMap<>();
        Map<Class<?>, ObjectWriter> jsonWriters = new HashMap<>();
        Map<Class<?>, ObjectWriter> xmlWriters = new HashMap<>();
        for (MessageType type : MessageTypes.all()) {
            jsonReaders.put(type.javaType(), json.readerFor(type.javaType()));
            xmlReaders.put(type.javaType(), xml.readerFor(type.javaType()));
            jsonWriters.put(type.javaType(), json.writerFor(type.javaType()));
            xmlWriters.put(type.javaType(), xml.writerFor(type.javaType()));
        }
        this.jsonReaders = Map.copyOf(jsonReaders);
        this.xmlReaders = Map.copyOf(xmlReaders);
        this.jsonWriters = Map.copyOf(jsonWriters);
        this.xmlWriters = Map.copyOf(xmlWriters);
    }

    public ParserLimits limits() {
        return limits;
    }

    /**
     * Validates and writes a message, UTF-8 encoded.
     *
     * @throws CanonicalValidationException if the message is not valid, or its document would exceed
     *                                      {@link ParserLimits#maxDocumentBytes()} (a reader would refuse it)
     */
    public byte[] write(CanonicalMessage message, Format format) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(format, "format");
        MessageType type = MessageTypes.of(message.getClass());
        validate(message);
        byte[] document = format == Format.JSON ? writeJson(message, type) : writeXml(message, type);
        if (document.length > limits.maxDocumentBytes()) {
            throw new CanonicalValidationException(type.name(), ReadProblems.documentSize(limits));
        }
        return document;
    }

    private byte[] writeJson(CanonicalMessage message, MessageType type) {
        try {
            return jsonWriters.get(type.javaType()).writeValueAsBytes(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] writeXml(CanonicalMessage message, MessageType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter writer = xmlOutput.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            // Binding the default namespace first makes the output read <SyncX xmlns="urn:..."><envelope>...
            // instead of an invented prefix on every element.
            writer.setDefaultNamespace(MessageTypes.NAMESPACE);
            try (ToXmlGenerator generator = xml.getFactory().createGenerator(writer)) {
                xmlWriters.get(type.javaType()).writeValue(generator, message);
            }
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new CanonicalValidationException(type.name(), ReadProblems.unwritableXml(e));
        } catch (IOException e) {
            throw new CanonicalValidationException(type.name(), ReadProblems.unwritableXml(e));
        }
        return out.toByteArray();
    }

    /**
     * Reads a document of a known message type.
     *
     * @throws CanonicalValidationException if the document is not a valid {@code type} message
     */
    public <T extends CanonicalMessage> T read(byte[] document, Format format, Class<T> type) {
        Objects.requireNonNull(type, "type");
        MessageType expected = MessageTypes.of(type);
        return type.cast(read(document, format, expected));
    }

    /**
     * Reads a document of any registered message type, chosen by its envelope's {@code messageType}.
     *
     * @throws CanonicalValidationException if the document is not a valid canonical message
     */
    public CanonicalMessage read(byte[] document, Format format) {
        return read(document, format, (MessageType) null);
    }

    /**
     * Validates a message as {@link #write} does: its fields and cross-field rules, and that its envelope names its
     * own message type and a schema version this library can write (same major, minor not newer).
     *
     * @throws CanonicalValidationException naming every violation
     */
    public void validate(CanonicalMessage message) {
        Objects.requireNonNull(message, "message");
        MessageType type = MessageTypes.of(message.getClass());
        List<Violation> violations = new ArrayList<>(validation.validate(message));
        Envelope envelope = message.envelope();
        if (envelope != null) {
            if (envelope.messageType() != null && !envelope.messageType().equals(type.name())) {
                violations.add(new Violation("envelope.messageType", "equals " + type.name(),
                        "must be " + type.name()));
            }
            SchemaVersion version = parseVersion(envelope.schemaVersion());
            if (version != null && (!type.schemaVersion().canRead(version)
                    || version.minor() > type.schemaVersion().minor())) {
                violations.add(new Violation("envelope.schemaVersion", "maximum " + type.schemaVersion(),
                        "must be a " + type.schemaVersion().major() + ".x version not newer than "
                                + type.schemaVersion()));
            }
        }
        if (!violations.isEmpty()) {
            throw new CanonicalValidationException(type.name(), violations);
        }
    }

    private CanonicalMessage read(byte[] document, Format format, MessageType expected) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        String subject = format.name() + " document";
        if (document.length == 0) {
            throw new CanonicalValidationException(subject, new Violation(Violation.DOCUMENT, "required",
                    "is empty"));
        }
        if (document.length > limits.maxDocumentBytes()) {
            throw new CanonicalValidationException(subject, ReadProblems.documentSize(limits));
        }
        EnvelopeProbe probe = probe(document, format, subject);
        if (format == Format.XML) {
            checkNamespace(probe, subject);
        }
        SchemaVersion version = checkVersion(probe, subject);
        MessageType type = resolveType(probe, format, expected, subject);

        List<String> unknownFields = new ArrayList<>();
        CanonicalMessage message;
        try {
            ObjectReader reader = (format == Format.JSON ? jsonReaders : xmlReaders).get(type.javaType());
            message = reader.withAttribute(Mappers.UNKNOWN_FIELDS, unknownFields).readValue(document);
        } catch (IOException | RuntimeException e) {
            throw ReadProblems.translate(e, format, limits, type.name());
        }
        if (message == null) {
            throw new CanonicalValidationException(type.name(), new Violation(Violation.DOCUMENT, "required",
                    NOT_A_VALUE));
        }
        List<Violation> violations = new ArrayList<>();
        if (version.minor() <= type.schemaVersion().minor()) {
            for (String field : unknownFields) {
                if (format == Format.XML && XSI_ATTRIBUTES.contains(field)) {
                    continue;
                }
                violations.add(new Violation(field, "unknownField",
                        "is not a field of " + type.name() + " " + version));
            }
        }
        violations.addAll(validation.validate(message));
        if (!violations.isEmpty()) {
            throw new CanonicalValidationException(type.name(), violations);
        }
        return message;
    }

    private EnvelopeProbe probe(byte[] document, Format format, String subject) {
        try {
            return format == Format.JSON ? EnvelopeProbe.json(json.getFactory(), document)
                    : EnvelopeProbe.xml(xmlInput, document);
        } catch (CanonicalValidationException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw ReadProblems.translate(e, format, limits, subject);
        }
    }

    private static SchemaVersion checkVersion(EnvelopeProbe probe, String subject) {
        if (probe.schemaVersion() == null) {
            throw new CanonicalValidationException(subject, new Violation("envelope.schemaVersion", "required",
                    "is required"));
        }
        SchemaVersion version = parseVersion(probe.schemaVersion());
        if (version == null) {
            throw new CanonicalValidationException(subject, new Violation("envelope.schemaVersion",
                    "pattern " + Patterns.SCHEMA_VERSION,
                    "must match the pattern " + Patterns.SCHEMA_VERSION));
        }
        if (!MessageTypes.CURRENT_VERSION.canRead(version)) {
            throw unsupportedMajor(String.valueOf(version.major()), subject);
        }
        return version;
    }

    /** The XML namespace carries the major version: {@code urn:eaihub:canonical:1}. */
    private static void checkNamespace(EnvelopeProbe probe, String subject) {
        String namespace = probe.rootNamespace();
        if (MessageTypes.NAMESPACE.equals(namespace)) {
            return;
        }
        String prefix = MessageTypes.NAMESPACE.substring(0, MessageTypes.NAMESPACE.lastIndexOf(':') + 1);
        String major = namespace == null || !namespace.startsWith(prefix) ? "" : namespace.substring(prefix.length());
        if (!major.isEmpty() && major.chars().allMatch(Character::isDigit) && major.length() <= 3) {
            throw unsupportedMajor(major, subject);
        }
        throw new CanonicalValidationException(subject, new Violation(Violation.DOCUMENT,
                "namespace " + MessageTypes.NAMESPACE,
                "root element must be in the namespace " + MessageTypes.NAMESPACE));
    }

    private static CanonicalValidationException unsupportedMajor(String major, String subject) {
        return new CanonicalValidationException(subject, new Violation("envelope.schemaVersion",
                "supportedMajor " + MessageTypes.CURRENT_VERSION.major(),
                "major version " + major + " is not supported; this reader reads "
                        + MessageTypes.CURRENT_VERSION.major() + ".x"));
    }

    private static MessageType resolveType(EnvelopeProbe probe, Format format, MessageType expected,
            String subject) {
        if (probe.messageType() == null) {
            throw new CanonicalValidationException(subject, new Violation("envelope.messageType", "required",
                    "is required"));
        }
        MessageType type = MessageTypes.find(probe.messageType()).orElseThrow(() ->
                new CanonicalValidationException(subject, new Violation("envelope.messageType", "registeredType",
                        "must be a registered message type")));
        if (expected != null && !expected.equals(type)) {
            throw new CanonicalValidationException(subject, new Violation("envelope.messageType",
                    "equals " + expected.name(), "must be " + expected.name()));
        }
        if (format == Format.XML && !type.name().equals(probe.rootName())) {
            throw new CanonicalValidationException(subject, new Violation(Violation.DOCUMENT,
                    "rootElement " + type.name(), "root element must be " + type.name()));
        }
        return type;
    }

    private static SchemaVersion parseVersion(String text) {
        if (text == null) {
            return null;
        }
        try {
            return SchemaVersion.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
