package org.eaihub.hub.intake;

import java.util.Set;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.Violation;

/**
 * What every backend entry point does first: read a canonical message in the format its content type names
 * (JSON when none is named and the document does not start with {@code <}), validate it, check that this entry
 * point accepts its type, and write it in the hub's internal form, canonical JSON. Plain code: no Camel.
 */
public final class CanonicalIngress {

    /** A message that passed, and its canonical JSON. */
    public record Accepted(CanonicalMessage message, byte[] canonicalJson) {
    }

    private final CanonicalCodec codec;

    public CanonicalIngress(CanonicalCodec codec) {
        this.codec = codec;
    }

    public Accepted accept(byte[] document, String contentType, Set<String> acceptedTypes) {
        Format format = formatOf(document, contentType);
        CanonicalMessage message = codec.read(document, format);
        String type = message.envelope().messageType();
        if (!acceptedTypes.contains(type)) {
            throw new CanonicalValidationException(type, new Violation("envelope.messageType",
                    "oneOf " + acceptedTypes, "this entry point does not take this message type"));
        }
        return new Accepted(message, format == Format.JSON ? document : codec.write(message, Format.JSON));
    }

    /** The format the content type names; without one, XML when the document starts with {@code <}, else JSON. */
    public static Format formatOf(byte[] document, String contentType) {
        return contentType == null || contentType.isBlank() ? sniff(document) : Format.fromContentType(contentType);
    }

    static Format sniff(byte[] document) {
        for (byte b : document) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<' ? Format.XML : Format.JSON;
            }
        }
        return Format.JSON;
    }
}
