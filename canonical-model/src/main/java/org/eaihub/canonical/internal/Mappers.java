package org.eaihub.canonical.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.deser.FromXmlParser;
import javax.xml.stream.XMLInputFactory;
import org.eaihub.canonical.ParserLimits;

/**
 * The Jackson mappers of the canonical bindings, configured once per codec. The same records bind both formats;
 * the XML binding differs only where XML must: the namespace, and lists written as repeated elements with a singular
 * name (as UBL does), e.g. JSON {@code "lines": [...]} is XML {@code <line>...</line><line>...</line>}.
 * Internal: not part of the public API.
 */
public final class Mappers {

    /**
     * Reader attribute under which a read passes a mutable {@code List<String>} that collects the paths of fields the
     * model does not know (they are skipped).
     */
    public static final Object UNKNOWN_FIELDS = UnknownFieldRecorder.ATTRIBUTE;

    private Mappers() {
    }

    private static StreamReadConstraints constraints(ParserLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .build();
    }

    /** The JSON mapper: strict types (no string-to-number or number-to-string coercion), duplicate keys refused. */
    public static JsonMapper json(ParserLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addHandler(new UnknownFieldRecorder())
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The XML mapper, reading through a hardened StAX factory and writing in the canonical namespace. */
    public static XmlMapper xml(ParserLimits limits) {
        return xml(limits, HardenedXml.inputFactory(limits));
    }

    static XmlMapper xml(ParserLimits limits, XMLInputFactory inputFactory) {
        XmlFactory factory = XmlFactory.builder()
                .xmlInputFactory(inputFactory)
                .xmlOutputFactory(HardenedXml.outputFactory())
                .streamReadConstraints(constraints(limits))
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return XmlMapper.builder(factory)
                .defaultUseWrapper(false)
                .annotationIntrospector(new CanonicalXmlIntrospector())
                .addModule(new JavaTimeModule())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(FromXmlParser.Feature.EMPTY_ELEMENT_AS_NULL)
                .addHandler(new UnknownFieldRecorder())
                .build();
    }
}
