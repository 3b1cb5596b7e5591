package org.eaihub.canonical;

/**
 * Limits that bound the work and memory a single incoming document can cost. A document breaking one is refused
 * with a {@link CanonicalValidationException} naming the limit.
 *
 * @param maxDocumentBytes the document size in bytes, checked before parsing (default 1 MiB)
 * @param maxNestingDepth  nesting of JSON objects and arrays, or of XML elements (default 64)
 * @param maxStringLength  one JSON string, XML text node or attribute value, in characters (default 64 Ki)
 * @param maxNumberLength  one JSON number, in characters (default 100)
 * @param maxNameLength    one JSON property name, in characters (default 256)
 */
public record ParserLimits(
        int maxDocumentBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxNameLength) {

    public static final ParserLimits DEFAULTS = new ParserLimits(1024 * 1024, 64, 64 * 1024, 100, 256);

    public ParserLimits {
        requirePositive(maxDocumentBytes, "maxDocumentBytes");
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxStringLength, "maxStringLength");
        requirePositive(maxNumberLength, "maxNumberLength");
        requirePositive(maxNameLength, "maxNameLength");
    }

    public ParserLimits withMaxDocumentBytes(int value) {
        return new ParserLimits(value, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
    }

    public ParserLimits withMaxNestingDepth(int value) {
        return new ParserLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength, maxNameLength);
    }

    public ParserLimits withMaxStringLength(int value) {
        return new ParserLimits(maxDocumentBytes, maxNestingDepth, value, maxNumberLength, maxNameLength);
    }

    public ParserLimits withMaxNumberLength(int value) {
        return new ParserLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, value, maxNameLength);
    }

    public ParserLimits withMaxNameLength(int value) {
        return new ParserLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, value);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
