package org.eaihub.canonical.schema;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eaihub.canonical.MessageType;
import org.eaihub.canonical.MessageTypes;

/**
 * Generates the published XML Schema from the same records the XML binding uses, asking the binding itself (the
 * Jackson XML serializer of each record) for element names and their order, and the Bean Validation annotations for
 * occurrence and facets. The XSD therefore describes exactly what the binding writes: elements qualified in the
 * canonical namespace, lists as repeated elements, absent optional fields as absent elements.
 */
final class XmlSchemaGenerator {

    private static final String XS = "xs:";

    private final XmlMapper mapper;
    private final Map<String, String> complexTypes = new TreeMap<>();
    private final Map<String, String> enumTypes = new TreeMap<>();
    private final Map<String, Class<?>> typeNames = new HashMap<>();

    XmlSchemaGenerator(XmlMapper mapper) {
        this.mapper = mapper;
    }

    String generate(List<MessageType> types) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (MessageType type : types) {
            pending.add(type.javaType());
        }
        while (!pending.isEmpty()) {
            Class<?> record = pending.poll();
            if (!complexTypes.containsKey(record.getSimpleName())) {
                complexTypes.put(record.getSimpleName(), complexType(record, pending));
            }
        }
        StringBuilder xsd = new StringBuilder();
        xsd.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xsd.append("<!-- Generated from the canonical model (org.eaihub.canonical); do not edit.\n");
        xsd.append("     Regenerate: ").append(SchemaDriftTest.REGENERATE_COMMAND).append(" -->\n");
        xsd.append("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n");
        xsd.append("           xmlns:c=\"").append(MessageTypes.NAMESPACE).append("\"\n");
        xsd.append("           targetNamespace=\"").append(MessageTypes.NAMESPACE).append("\"\n");
        xsd.append("           elementFormDefault=\"qualified\"\n");
        xsd.append("           version=\"").append(MessageTypes.CURRENT_VERSION).append("\">\n");
        for (MessageType type : types) {
            xsd.append("\n  <xs:element name=\"").append(type.name()).append("\" type=\"c:")
                    .append(type.javaType().getSimpleName()).append("\">\n");
            xsd.append("    <xs:annotation><xs:documentation>").append(escape(type.description()))
                    .append(". Flow: ").append(escape(type.flow())).append(".</xs:documentation></xs:annotation>\n");
            xsd.append("  </xs:element>\n");
        }
        complexTypes.values().forEach(xsd::append);
        enumTypes.values().forEach(xsd::append);
        xsd.append("</xs:schema>\n");
        return xsd.toString();
    }

    private String complexType(Class<?> record, Deque<Class<?>> pending) {
        claimName(record);
        // Constraint annotations do not target record components: they are found on the record's fields.
        Map<String, Field> components = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            try {
                components.put(component.getName(), record.getDeclaredField(component.getName()));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder type = new StringBuilder();
        type.append("\n  <xs:complexType name=\"").append(record.getSimpleName()).append("\">\n");
        type.append("    <xs:sequence>\n");
        for (Iterator<PropertyWriter> it = serializer(record).properties(); it.hasNext(); ) {
            PropertyWriter property = it.next();
            Field component = components.get(property.getMember().getName());
            if (component == null) {
                throw new IllegalStateException(record.getSimpleName() + "." + property.getName()
                        + " is written but is not a record component");
            }
            type.append(element(property.getName(), component, pending));
        }
        type.append("    </xs:sequence>\n");
        type.append("  </xs:complexType>\n");
        return type.toString();
    }

    private BeanSerializerBase serializer(Class<?> record) {
        try {
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(record);
            if (serializer instanceof BeanSerializerBase bean) {
                return bean;
            }
            throw new IllegalStateException(record.getName() + " is not serialized as a bean: " + serializer);
        } catch (JsonMappingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String element(String name, Field component, Deque<Class<?>> pending) {
        boolean required = component.isAnnotationPresent(NotNull.class)
                || component.isAnnotationPresent(NotBlank.class) || component.isAnnotationPresent(NotEmpty.class);
        Type generic = component.getGenericType();
        StringBuilder element = new StringBuilder("      <xs:element name=\"").append(name).append('"');
        AnnotatedElement facets = component;
        Class<?> valueType = component.getType();
        if (List.class.isAssignableFrom(valueType)) {
            Size size = component.getAnnotation(Size.class);
            int min = size == null ? 0 : size.min();
            String max = size == null || size.max() == Integer.MAX_VALUE ? "unbounded" : String.valueOf(size.max());
            valueType = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            AnnotatedType item = ((AnnotatedParameterizedType) component.getAnnotatedType())
                    .getAnnotatedActualTypeArguments()[0];
            facets = item;
            element.append(typeReference(valueType, facets, pending));
            element.append(" minOccurs=\"").append(min).append("\" maxOccurs=\"").append(max).append('"');
        } else {
            element.append(typeReference(valueType, facets, pending));
            if (!required) {
                element.append(" minOccurs=\"0\"");
            }
        }
        String simpleType = simpleType(valueType, facets);
        if (simpleType == null) {
            return element.append("/>\n").toString();
        }
        return element.append(">\n        <xs:simpleType>\n").append(simpleType)
                .append("        </xs:simpleType>\n      </xs:element>\n").toString();
    }

    /** {@code type="..."} for named and built-in types; empty when the element gets an anonymous simple type. */
    private String typeReference(Class<?> type, AnnotatedElement facets, Deque<Class<?>> pending) {
        if (type.isRecord()) {
            pending.add(type);
            return " type=\"c:" + type.getSimpleName() + "\"";
        }
        if (type.isEnum()) {
            enumTypes.computeIfAbsent(type.getSimpleName(), n -> enumType(type));
            return " type=\"c:" + type.getSimpleName() + "\"";
        }
        return simpleType(type, facets) == null ? " type=\"" + XS + builtIn(type) + "\"" : "";
    }

    private String enumType(Class<?> type) {
        claimName(type);
        StringBuilder simple = new StringBuilder();
        simple.append("\n  <xs:simpleType name=\"").append(type.getSimpleName()).append("\">\n");
        simple.append("    <xs:restriction base=\"xs:string\">\n");
        for (Object constant : type.getEnumConstants()) {
            simple.append("      <xs:enumeration value=\"").append(((Enum<?>) constant).name()).append("\"/>\n");
        }
        simple.append("    </xs:restriction>\n  </xs:simpleType>\n");
        return simple.toString();
    }

    /** An anonymous restriction for a value with facets, or {@code null} for a plain built-in type. */
    private static String simpleType(Class<?> type, AnnotatedElement facets) {
        if (type.isRecord() || type.isEnum()) {
            return null;
        }
        StringBuilder restriction = new StringBuilder();
        Size size = facets.getAnnotation(Size.class);
        Pattern pattern = facets.getAnnotation(Pattern.class);
        Digits digits = facets.getAnnotation(Digits.class);
        if (type == String.class) {
            if (size != null && size.min() > 0) {
                facet(restriction, "minLength", String.valueOf(size.min()));
            }
            if (size != null && size.max() < Integer.MAX_VALUE) {
                facet(restriction, "maxLength", String.valueOf(size.max()));
            }
            if (pattern != null) {
                facet(restriction, "pattern", pattern.regexp());
            }
        }
        if (facets.isAnnotationPresent(PositiveOrZero.class)) {
            facet(restriction, "minInclusive", "0");
        }
        if (facets.isAnnotationPresent(Positive.class)) {
            facet(restriction, "minExclusive", "0");
        }
        if (digits != null) {
            String largest = JsonSchemaGenerator.largest(digits).toPlainString();
            if (!facets.isAnnotationPresent(PositiveOrZero.class) && !facets.isAnnotationPresent(Positive.class)) {
                facet(restriction, "minInclusive", "-" + largest);
            }
            facet(restriction, "maxInclusive", largest);
            facet(restriction, "fractionDigits", String.valueOf(digits.fraction()));
        }
        if (restriction.length() == 0) {
            return null;
        }
        return "          <xs:restriction base=\"" + XS + builtIn(type) + "\">\n" + restriction
                + "          </xs:restriction>\n";
    }

    private static void facet(StringBuilder restriction, String facet, String value) {
        restriction.append("            <xs:").append(facet).append(" value=\"").append(escape(value))
                .append("\"/>\n");
    }

    private static String builtIn(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type == BigDecimal.class) {
            return "decimal";
        }
        if (type == Integer.class) {
            return "int";
        }
        if (type == Long.class) {
            return "long";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == Instant.class) {
            return "dateTime";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        throw new IllegalStateException("no XML Schema type for " + type.getName());
    }

    private void claimName(Class<?> type) {
        Class<?> other = typeNames.putIfAbsent(type.getSimpleName(), type);
        if (other != null && other != type) {
            throw new IllegalStateException("two model types named " + type.getSimpleName() + ": "
                    + other.getName() + ", " + type.getName());
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
