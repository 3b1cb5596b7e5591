package org.eaihub.hub.operations;

import java.time.Instant;

/**
 * One thing an operator did: who (account name), when, what, to which target, with which outcome. The detail is
 * for ids and counts; it is cut to 1,000 printable characters so that no caller can put a message body or a
 * stack trace into the audit by accident.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, Outcome outcome,
        String detail, String instance) {

    public enum Outcome {
        /** Done as asked. */
        OK,
        /** Refused: not allowed now, or the input was wrong. */
        REFUSED,
        /** Tried and failed. */
        FAILED
    }

    static final int ACTOR_LENGTH = 64;
    static final int ACTION_LENGTH = 64;
    static final int TARGET_LENGTH = 200;
    static final int DETAIL_LENGTH = 1000;

    /** A new entry (id 0 until stored) with every text bounded and printable. */
    public static AuditEntry of(Instant at, String actor, String action, String target, Outcome outcome,
            String detail, String instance) {
        return new AuditEntry(0, at, clean(actor, ACTOR_LENGTH, "(unknown)"), clean(action, ACTION_LENGTH, "(none)"),
                clean(target, TARGET_LENGTH, "-"), outcome, detail == null ? null : clean(detail, DETAIL_LENGTH, ""),
                clean(instance, 100, "-"));
    }

    static String clean(String text, int max, String ifEmpty) {
        if (text == null || text.isBlank()) {
            return ifEmpty;
        }
        StringBuilder out = new StringBuilder();
        text.strip().codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        if (out.length() > max) {
            out.setLength(max - 1);
            out.append('…');
        }
        return out.toString();
    }
}
