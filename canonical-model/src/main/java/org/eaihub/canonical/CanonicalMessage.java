package org.eaihub.canonical;

/**
 * A canonical message: one OAGIS-style business object document (verb + noun), always with an {@link Envelope}.
 * Every implementation is registered in {@link MessageTypes}; its simple class name is its message type and its
 * XML root element.
 */
public interface CanonicalMessage {

    Envelope envelope();
}
