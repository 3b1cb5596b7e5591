package org.eaihub.canonical.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Skips fields the model does not know and records their paths, so the codec can decide by schema version whether
 * they are tolerated. Internal: not part of the public API.
 */
final class UnknownFieldRecorder extends DeserializationProblemHandler {

    /** Attribute key under which a read passes its {@code List<String>} of unknown field paths. */
    static final Object ATTRIBUTE = UnknownFieldRecorder.class;

    private static final int MAX_RECORDED = 50;

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
            JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
        parser.skipChildren();
        @SuppressWarnings("unchecked")
        List<String> unknown = (List<String>) context.getAttribute(ATTRIBUTE);
        if (unknown != null && unknown.size() < MAX_RECORDED) {
            JsonParser document = context.getParser();
            // Records are built by their constructor: Jackson buffers unknown fields and replays them once the
            // record's closing token is read, so the document parser then stands in the record's parent.
            String path = document == parser ? path(parser.getParsingContext())
                    : join(path(document.getParsingContext()), Paths.safeName(propertyName));
            unknown.add(path);
        }
        return true;
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String path(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        boolean inList = false;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                inList = true;
            } else {
                String name = c.getCurrentName();
                if (name != null) {
                    segments.add("." + Paths.safeName(inList ? Paths.listProperty(name) : name));
                }
                inList = false;
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = segments.size() - 1; i >= 0; i--) {
            path.append(segments.get(i));
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
