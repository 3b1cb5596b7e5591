package org.eaihub.canonical.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.MessageType;
import org.eaihub.canonical.MessageTypes;
import org.eaihub.canonical.corpus.CorpusGenerator.Shape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

/**
 * A generated corpus of every registered message type, in both formats: each document, as the codec writes it,
 * validates against its published schema (JSON Schema with a JSON Schema validator, XSD with javax.xml.validation,
 * both loaded from the classpath as clients get them) and reads back equal to the original.
 */
class CorpusTest {

    private static final int INSTANCES_PER_TYPE = 200;
    private static final long SEED = 20240501L;
    private static final int REPORTED_FAILURES = 10;

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> JSON_SCHEMAS = new HashMap<>();
    private static Schema xsd;

    @BeforeAll
    static void loadPublishedSchemas() throws IOException, SAXException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (MessageType type : MessageTypes.all()) {
            try (InputStream in = resource(type.jsonSchemaResource())) {
                JSON_SCHEMAS.put(type.name(), factory.getSchema(PLAIN_JSON.readTree(in), config));
            }
        }
        SchemaFactory schemaFactory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemaFactory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = resource(MessageTypes.XSD_RESOURCE)) {
            xsd = schemaFactory.newSchema(new StreamSource(in));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CorpusTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as("published schema %s on the classpath", name).isNotNull();
        return in;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyMessageTypeValidatesAgainstItsPublishedSchemaAndRoundTrips(Format format) {
        Set<String> covered = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        int documents = 0;
        for (MessageType type : MessageTypes.all()) {
            long seed = SEED ^ type.name().hashCode();
            CorpusGenerator generator = new CorpusGenerator(seed);
            for (int i = 0; i < INSTANCES_PER_TYPE; i++) {
                Shape shape = i % 4 == 0 ? Shape.MINIMAL : i % 4 == 1 ? Shape.MAXIMAL : Shape.RANDOM;
                CanonicalMessage original = generator.generate(type, shape);
                String problem = check(original, type, format);
                documents++;
                if (problem != null && failures.size() < REPORTED_FAILURES) {
                    failures.add(type.name() + " #" + i + " (" + shape + ", seed " + seed + "): " + problem);
                }
            }
            covered.add(type.name());
        }
        assertThat(failures).as("failures").isEmpty();
        assertThat(covered).as("message types covered in %s", format)
                .isEqualTo(MessageTypes.all().stream().map(MessageType::name)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        assertThat(documents).isEqualTo(INSTANCES_PER_TYPE * MessageTypes.all().size());
    }

    private static String check(CanonicalMessage original, MessageType type, Format format) {
        byte[] document;
        try {
            document = CODEC.write(original, format);
        } catch (RuntimeException e) {
            return "write failed: " + e;
        }
        String text = new String(document, StandardCharsets.UTF_8);
        String schemaProblem = format == Format.JSON ? jsonSchemaProblem(type, document) : xsdProblem(document);
        if (schemaProblem != null) {
            return "invalid against its published schema: " + schemaProblem + "\n" + abbreviate(text);
        }
        CanonicalMessage typed;
        CanonicalMessage dispatched;
        try {
            typed = CODEC.read(document, format, type.javaType());
            dispatched = CODEC.read(document, format);
        } catch (RuntimeException e) {
            return "read failed: " + e + "\n" + abbreviate(text);
        }
        if (!original.equals(typed) || !original.equals(dispatched)) {
            return "round trip changed the message\n  original: " + abbreviate(original.toString())
                    + "\n  read:     " + abbreviate(typed.toString()) + "\n" + abbreviate(text);
        }
        return null;
    }

    private static String jsonSchemaProblem(MessageType type, byte[] document) {
        try {
            Set<ValidationMessage> messages = JSON_SCHEMAS.get(type.name()).validate(PLAIN_JSON.readTree(document));
            return messages.isEmpty() ? null : messages.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String xsdProblem(byte[] document) {
        try {
            Validator validator = xsd.newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
            return null;
        } catch (SAXException | IOException e) {
            return e.getMessage();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
