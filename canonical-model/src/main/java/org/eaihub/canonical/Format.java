package org.eaihub.canonical;

import java.util.Locale;

/** The two wire formats of canonical messages. Both are UTF-8 when written here. */
public enum Format {
    JSON("application/json"),
    XML("application/xml");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    /** The content type written, {@code application/json} or {@code application/xml}. */
    public String contentType() {
        return contentType;
    }

    /**
     * The format of a content type. Accepts {@code application/json} and {@code application/xml}, their {@code text/}
     * variants and structured suffixes ({@code application/vnd.x+json}), in any case and with parameters such as
     * {@code ; charset=UTF-8}.
     *
     * @throws CanonicalValidationException if the content type is absent or neither JSON nor XML
     */
    public static Format fromContentType(String contentType) {
        if (contentType != null) {
            int semicolon = contentType.indexOf(';');
            String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                    .trim().toLowerCase(Locale.ROOT);
            if (mediaType.equals("application/json") || mediaType.equals("text/json")
                    || mediaType.startsWith("application/") && mediaType.endsWith("+json")) {
                return JSON;
            }
            if (mediaType.equals("application/xml") || mediaType.equals("text/xml")
                    || mediaType.startsWith("application/") && mediaType.endsWith("+xml")) {
                return XML;
            }
        }
        throw new CanonicalValidationException("content type", new Violation(WireContract.CONTENT_TYPE,
                "oneOf application/json application/xml",
                contentType == null ? "is required" : "must be application/json or application/xml"));
    }
}
