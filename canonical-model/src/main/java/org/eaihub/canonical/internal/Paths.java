package org.eaihub.canonical.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eaihub.canonical.MessageTypes;
import org.eaihub.canonical.Violation;

/**
 * Field paths in violations, always in JSON (Java) property names, e.g. {@code salesOrder.lines[0].quantity}, also
 * for XML documents whose list items have singular element names. Internal: not part of the public API.
 */
final class Paths {

    private static final int MAX_NAME = 64;

    /** Per record type: XML element name of a list item → property name. */
    private static final ClassValue<Map<String, String>> XML_TO_PROPERTY = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> names = new HashMap<>();
            for (Field field : type.getDeclaredFields()) {
                JacksonXmlProperty xml = field.getAnnotation(JacksonXmlProperty.class);
                if (xml != null && !xml.localName().isEmpty()) {
                    names.put(xml.localName(), field.getName());
                }
            }
            return Map.copyOf(names);
        }
    };

    /** XML element name of a list item → list property name, over the whole model (the names are unique). */
    private static final class ListItems {
        private static final Map<String, String> NAMES = collect();

        private static Map<String, String> collect() {
            Map<String, String> names = new HashMap<>();
            Deque<Class<?>> pending = new ArrayDeque<>();
            Set<Class<?>> seen = new HashSet<>();
            MessageTypes.all().forEach(type -> pending.add(type.javaType()));
            while (!pending.isEmpty()) {
                Class<?> type = pending.poll();
                if (!type.isRecord() || !seen.add(type)) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    Type generic = field.getGenericType();
                    if (generic instanceof ParameterizedType list && List.class.isAssignableFrom(field.getType())) {
                        pending.add((Class<?>) list.getActualTypeArguments()[0]);
                        JacksonXmlProperty xml = field.getAnnotation(JacksonXmlProperty.class);
                        if (xml != null && !xml.localName().isEmpty()) {
                            String other = names.put(xml.localName(), field.getName());
                            if (other != null && !other.equals(field.getName())) {
                                throw new IllegalStateException("list item element " + xml.localName()
                                        + " names both " + other + " and " + field.getName());
                            }
                        }
                    } else {
                        pending.add(field.getType());
                    }
                }
            }
            return Map.copyOf(names);
        }
    }

    private Paths() {
    }

    /** The property name of a list whose XML items are named {@code xmlItemName}, e.g. contact → contacts. */
    static String listProperty(String xmlItemName) {
        return ListItems.NAMES.getOrDefault(xmlItemName, xmlItemName);
    }

    /** A name taken from a document, made safe to print: limited length, no control or markup characters. */
    static String safeName(String name) {
        StringBuilder safe = new StringBuilder(Math.min(name.length(), MAX_NAME));
        for (int i = 0; i < name.length() && safe.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            safe.append(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' ? c : '?');
        }
        return safe.length() == 0 ? "?" : safe.toString();
    }

    /** The path of a Jackson binding error, or {@code $} when it is about the document as a whole. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(safeName(propertyName(reference.getFrom(), reference.getFieldName())));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? Violation.DOCUMENT : path.toString();
    }

    private static String propertyName(Object from, String name) {
        Class<?> type = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
        return type == null ? name : XML_TO_PROPERTY.get(type).getOrDefault(name, name);
    }

    /** The path of a Bean Validation violation, e.g. {@code customer.addresses[0].countryCode}. */
    static String of(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && path.length() > 0) {
                path.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.length() == 0 ? Violation.DOCUMENT : path.toString();
    }
}
