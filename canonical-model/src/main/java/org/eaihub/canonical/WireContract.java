package org.eaihub.canonical;

/**
 * Names of the message properties (JMS), record headers (Kafka) and HTTP headers that travel with a canonical
 * document, for Java and non-Java clients alike. The envelope inside the document is authoritative; these copies
 * let brokers and routes select and route without parsing the body. Every name is a valid Java identifier, as JMS
 * requires of property names.
 */
public final class WireContract {

    /**
     * {@code application/json} or {@code application/xml} (see {@link Format}). On HTTP the standard
     * {@code Content-Type} header carries it instead.
     */
    public static final String CONTENT_TYPE = "contentType";

    /** The envelope's {@code schemaVersion}, {@code MAJOR.MINOR}. */
    public static final String SCHEMA_VERSION = "schemaVersion";

    /** The envelope's {@code messageType}, e.g. {@code SyncCustomerPartyMaster}. */
    public static final String MESSAGE_TYPE = "messageType";

    /** The envelope's {@code messageId}. */
    public static final String MESSAGE_ID = "messageId";

    /** The envelope's {@code correlationId}: the conversation. Not the same as JMSCorrelationID (request/reply). */
    public static final String CORRELATION_ID = "correlationId";

    /** The envelope's {@code causationId}, when present. */
    public static final String CAUSATION_ID = "causationId";

    /** The envelope's {@code sourceSystem}. */
    public static final String SOURCE_SYSTEM = "sourceSystem";

    /** The envelope's {@code businessKey}; on Kafka also the record key, so one business object stays in order. */
    public static final String BUSINESS_KEY = "businessKey";

    /** The standard HTTP header for the content type. */
    public static final String HTTP_CONTENT_TYPE = "Content-Type";

    private WireContract() {
    }
}
