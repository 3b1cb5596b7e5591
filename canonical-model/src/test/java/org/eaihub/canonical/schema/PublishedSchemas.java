package org.eaihub.canonical.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eaihub.canonical.MessageType;
import org.eaihub.canonical.MessageTypes;
import org.eaihub.canonical.internal.Mappers;
import org.eaihub.canonical.ParserLimits;

/**
 * The published schema files, generated from the model: one JSON Schema per message type, one XSD, one index.
 * Keys are paths relative to {@link MessageTypes#SCHEMA_RESOURCE_ROOT}; values are the exact file contents.
 */
public final class PublishedSchemas {

    /** Where the committed files live, relative to the module directory. */
    public static final Path SOURCE_DIRECTORY = Path.of("src/main/resources", MessageTypes.SCHEMA_RESOURCE_ROOT);

    public static final String XSD_FILE = MessageTypes.XSD_RESOURCE.substring(
            MessageTypes.SCHEMA_RESOURCE_ROOT.length());

    public static final String INDEX_FILE = MessageTypes.INDEX_RESOURCE.substring(
            MessageTypes.SCHEMA_RESOURCE_ROOT.length());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PublishedSchemas() {
    }

    static String jsonSchemaId(MessageType type) {
        return MessageTypes.NAMESPACE + ":json:" + type.name();
    }

    public static String jsonSchemaFile(MessageType type) {
        return type.jsonSchemaResource().substring(MessageTypes.SCHEMA_RESOURCE_ROOT.length());
    }

    /** Generates every published file. */
    public static Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        JsonSchemaGenerator json = new JsonSchemaGenerator();
        for (MessageType type : MessageTypes.all()) {
            files.put(jsonSchemaFile(type), pretty(json.generate(type)));
        }
        files.put(XSD_FILE, new XmlSchemaGenerator(Mappers.xml(ParserLimits.DEFAULTS)).generate(MessageTypes.all()));
        files.put(INDEX_FILE, pretty(index()));
        return files;
    }

    private static ObjectNode index() {
        ObjectNode index = JSON.createObjectNode();
        index.put("namespace", MessageTypes.NAMESPACE);
        index.put("schemaVersion", MessageTypes.CURRENT_VERSION.toString());
        index.put("xsd", XSD_FILE);
        ArrayNode types = index.putArray("messageTypes");
        for (MessageType type : MessageTypes.all()) {
            ObjectNode entry = types.addObject();
            entry.put("name", type.name());
            entry.put("verb", type.verb().prefix());
            entry.put("noun", type.noun());
            entry.put("schemaVersion", type.schemaVersion().toString());
            entry.put("flow", type.flow());
            entry.put("description", type.description());
            entry.put("jsonSchema", jsonSchemaFile(type));
            entry.put("xmlRootElement", type.name());
        }
        return index;
    }

    private static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed file, or {@code null} if it does not exist. */
    public static String committed(String file) {
        Path path = SOURCE_DIRECTORY.resolve(file);
        try {
            return Files.exists(path) ? Files.readString(path) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
