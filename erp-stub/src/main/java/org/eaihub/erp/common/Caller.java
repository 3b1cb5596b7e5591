package org.eaihub.erp.common;

/**
 * Who asks for a change, and under which request id: stamped on the documents (ERNAM/AENAM) and on the
 * notifications the change causes, so that a client can recognise the echo of its own request.
 *
 * @param user      the authenticated user (e.g. {@code hub})
 * @param requestId the client's idempotency key, or null for the ERP's own postings (seed)
 */
public record Caller(String user, String requestId) {

    /** The ERP itself, e.g. the initial data load. */
    public static final Caller SYSTEM = new Caller("MIGRATION", null);

    /** SAP user names are at most 12 characters, upper case. */
    public String userName() {
        String name = user == null || user.isBlank() ? "UNKNOWN" : user.toUpperCase(java.util.Locale.ROOT);
        return name.length() > 12 ? name.substring(0, 12) : name;
    }
}
