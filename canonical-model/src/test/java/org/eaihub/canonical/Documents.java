package org.eaihub.canonical;

import java.nio.charset.StandardCharsets;

/** Example documents as a client would send them, and ways to spoil them. */
final class Documents {

    static final CanonicalCodec CODEC = new CanonicalCodec();

    private Documents() {
    }

    static String json(CanonicalMessage message) {
        return new String(CODEC.write(message, Format.JSON), StandardCharsets.UTF_8);
    }

    static String xml(CanonicalMessage message) {
        return new String(CODEC.write(message, Format.XML), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces exactly one occurrence, so a test fails loudly when the example changes under it. */
    static String replaceOnce(String document, String target, String replacement) {
        int at = document.indexOf(target);
        if (at < 0 || document.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one '" + target + "' in " + document);
        }
        return document.substring(0, at) + replacement + document.substring(at + target.length());
    }
}
