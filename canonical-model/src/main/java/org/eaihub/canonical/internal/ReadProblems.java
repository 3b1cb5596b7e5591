package org.eaihub.canonical.internal;

import com.ctc.wstx.exc.WstxLazyException;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.ParserLimits;
import org.eaihub.canonical.Violation;

/**
 * Turns parser and binding failures into a {@link CanonicalValidationException} that names the problem, its place
 * and the rule. Never copies the parser's own message: it may quote document content, which may be personal data.
 * Internal: not part of the public API.
 */
public final class ReadProblems {

    private ReadProblems() {
    }

    /**
     * @param failure what the parser or binding threw
     * @param subject what was being read, e.g. {@code SyncCustomerPartyMaster} or {@code JSON document}
     * @throws IllegalStateException if the failure is a defect of the model rather than of the document
     * @throws UncheckedIOException  if the failure is an I/O error that no document can cause
     */
    public static CanonicalValidationException translate(Throwable failure, Format format, ParserLimits limits,
            String subject) {
        Throwable problem = failure instanceof WstxLazyException lazy && lazy.getCause() != null
                ? lazy.getCause() : failure;
        StreamConstraintsException constraint = find(problem, StreamConstraintsException.class);
        if (constraint != null) {
            return new CanonicalValidationException(subject, jsonLimit(constraint, limits));
        }
        XMLStreamException xml = find(problem, XMLStreamException.class);
        if (xml != null) {
            return new CanonicalValidationException(subject, xmlProblem(xml, limits));
        }
        StreamReadException read = find(problem, StreamReadException.class);
        if (read != null) {
            return new CanonicalValidationException(subject, new Violation(Violation.DOCUMENT,
                    "wellFormed " + format.name().toLowerCase(Locale.ROOT),
                    "is not well-formed " + format.name() + at(read.getLocation())));
        }
        if (problem instanceof InvalidDefinitionException definition) {
            throw new IllegalStateException("canonical model defect: " + definition.getType(), definition);
        }
        if (problem instanceof MismatchedInputException mismatch) {
            return new CanonicalValidationException(subject, mismatch(mismatch, format));
        }
        if (problem instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new CanonicalValidationException(subject,
                    new Violation(Paths.of(mapping.getPath()), "valid", "has a value that cannot be bound"));
        }
        if (problem instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(problem);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Violation jsonLimit(StreamConstraintsException constraint, ParserLimits limits) {
        String text = String.valueOf(constraint.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("nesting depth")) {
            return depth(limits);
        }
        if (text.contains("string value length")) {
            return stringLength(limits);
        }
        if (text.contains("number value length")) {
            return new Violation(Violation.DOCUMENT, "maxNumberLength " + limits.maxNumberLength(),
                    "has a number longer than " + limits.maxNumberLength() + " characters");
        }
        if (text.contains("name length")) {
            return new Violation(Violation.DOCUMENT, "maxNameLength " + limits.maxNameLength(),
                    "has a property name longer than " + limits.maxNameLength() + " characters");
        }
        if (text.contains("document length")) {
            return documentSize(limits);
        }
        return new Violation(Violation.DOCUMENT, "limit", "exceeds a parser limit");
    }

    private static Violation xmlProblem(XMLStreamException xml, ParserLimits limits) {
        String text = String.valueOf(xml.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("element depth")) {
            return depth(limits);
        }
        if (text.contains("text size") || text.contains("text length")) {
            return stringLength(limits);
        }
        if (text.contains("attribute") && text.contains("limit")) {
            return new Violation(Violation.DOCUMENT, "maxAttributes",
                    "has too many or too long attributes");
        }
        if (text.contains("characters") && text.contains("limit")) {
            return documentSize(limits);
        }
        if (text.contains("entity") || text.contains("external resources")) {
            return new Violation(Violation.DOCUMENT, "noEntities",
                    "must not use entity references other than the five predefined ones" + at(xml.getLocation()));
        }
        if (text.contains("doctype") || text.contains("dtd")) {
            return new Violation(Violation.DOCUMENT, "noDoctype", "must not contain a DOCTYPE declaration");
        }
        return new Violation(Violation.DOCUMENT, "wellFormed xml", "is not well-formed XML" + at(xml.getLocation()));
    }

    private static Violation depth(ParserLimits limits) {
        return new Violation(Violation.DOCUMENT, "maxDepth " + limits.maxNestingDepth(),
                "is nested deeper than " + limits.maxNestingDepth() + " levels");
    }

    private static Violation stringLength(ParserLimits limits) {
        return new Violation(Violation.DOCUMENT, "maxStringLength " + limits.maxStringLength(),
                "has a text value longer than " + limits.maxStringLength() + " characters");
    }

    /**
     * The violation of a message that XML cannot carry: a text with a control character other than tab, line feed
     * and carriage return.
     *
     * @throws UncheckedIOException if the failure is not about such a text
     */
    public static Violation unwritableXml(Exception failure) {
        if (find(failure, XMLStreamException.class) == null && find(failure, JsonGenerationException.class) == null) {
            throw new UncheckedIOException(failure instanceof IOException io ? io : new IOException(failure));
        }
        JsonMappingException mapping = find(failure, JsonMappingException.class);
        return new Violation(mapping == null ? Violation.DOCUMENT : Paths.of(mapping.getPath()), "xmlCharacters",
                "contains a control character that XML 1.0 cannot carry");
    }

    /** The violation of a document larger than the limit. */
    public static Violation documentSize(ParserLimits limits) {
        return new Violation(Violation.DOCUMENT, "maxDocumentBytes " + limits.maxDocumentBytes(),
                "is larger than " + limits.maxDocumentBytes() + " bytes");
    }

    private static Violation mismatch(MismatchedInputException mismatch, Format format) {
        String path = Paths.of(mismatch.getPath());
        Class<?> target = mismatch.getTargetType();
        if (Violation.DOCUMENT.equals(path)) {
            // e.g. content after the end of the message
            return new Violation(path, "wellFormed " + format.name().toLowerCase(Locale.ROOT),
                    "must be one " + format.name() + " message and nothing else" + at(mismatch.getLocation()));
        }
        if (target != null && target.isEnum()) {
            String values = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new Violation(path, "enum", "must be one of " + values);
        }
        if (target == Instant.class) {
            return new Violation(path, "format date-time",
                    "must be an ISO 8601 date-time with offset, e.g. 2024-05-01T08:30:00Z");
        }
        if (target == LocalDate.class) {
            return new Violation(path, "format date", "must be an ISO 8601 date, e.g. 2024-05-01");
        }
        String type = jsonType(target);
        return new Violation(path, "type " + type, "must be " + (type.equals("integer") || type.equals("array")
                || type.equals("object") ? "an " : "a ") + type);
    }

    private static String jsonType(Class<?> target) {
        if (target == null) {
            return "object";
        }
        if (target == String.class) {
            return "string";
        }
        if (target == Integer.class || target == Long.class || target == int.class || target == long.class
                || target == BigInteger.class) {
            return "integer";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }
}
