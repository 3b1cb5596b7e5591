package org.eaihub.canonical;

import java.util.Objects;

/**
 * A schema version {@code MAJOR.MINOR}. A minor version only adds optional fields; anything else (a removed,
 * renamed, retyped or newly required field, a new enum constant) is a new major version.
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {

    public SchemaVersion {
        if (major < 0 || minor < 0 || major > 999 || minor > 999) {
            throw new IllegalArgumentException("schema version parts must be 0..999");
        }
    }

    /**
     * Parses {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static SchemaVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 3 || dot == text.length() - 1 || text.length() - dot - 1 > 3) {
            throw new IllegalArgumentException("not a MAJOR.MINOR schema version");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != dot && (c < '0' || c > '9')) {
                throw new IllegalArgumentException("not a MAJOR.MINOR schema version");
            }
        }
        return new SchemaVersion(Integer.parseInt(text, 0, dot, 10),
                Integer.parseInt(text, dot + 1, text.length(), 10));
    }

    /** Whether a reader of this version can read a document of {@code other}: same major version. */
    public boolean canRead(SchemaVersion other) {
        return major == other.major;
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
