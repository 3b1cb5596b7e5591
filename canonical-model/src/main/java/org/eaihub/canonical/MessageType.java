package org.eaihub.canonical;

import java.util.Objects;

/**
 * A registered message type: its name (OAGIS style, verb + noun), Java class and current schema version.
 *
 * @param name          the message type, also the XML root element, e.g. {@code SyncCustomerPartyMaster}
 * @param verb          what the message asks or tells
 * @param javaType      the record that binds it
 * @param schemaVersion the current schema version written by this library
 * @param flow          who sends it to whom, for people
 * @param description   what it means, for people
 */
public record MessageType(
        String name,
        Verb verb,
        Class<? extends CanonicalMessage> javaType,
        SchemaVersion schemaVersion,
        String flow,
        String description) {

    /** The OAGIS verbs used here. */
    public enum Verb {
        /** Broadcast of a changed record to whoever keeps a copy. */
        SYNC("Sync"),
        /** Command to do something; answered by Acknowledge. */
        PROCESS("Process"),
        /** Reply to a Process command. */
        ACKNOWLEDGE("Acknowledge"),
        /** Query; answered by Show. */
        GET("Get"),
        /** Answer to a Get, or a notice. */
        SHOW("Show");

        private final String prefix;

        Verb(String prefix) {
            this.prefix = prefix;
        }

        /** The verb as it starts a message type name, e.g. {@code Sync}. */
        public String prefix() {
            return prefix;
        }
    }

    public MessageType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        if (!name.startsWith(verb.prefix()) || !name.equals(javaType.getSimpleName())) {
            throw new IllegalArgumentException(name + " must be named verb + noun after its class");
        }
    }

    /** The noun, e.g. {@code CustomerPartyMaster}. */
    public String noun() {
        return name.substring(verb.prefix().length());
    }

    /** Classpath location of the type's published JSON Schema. */
    public String jsonSchemaResource() {
        return MessageTypes.SCHEMA_RESOURCE_ROOT + "json/" + name + ".schema.json";
    }
}
