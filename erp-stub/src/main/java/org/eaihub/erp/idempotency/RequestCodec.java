package org.eaihub.erp.idempotency;

/** Turns requests and responses into text and back, so that they can be fingerprinted and stored. */
public interface RequestCodec {

    String write(Object message);

    <T> T read(String text, Class<T> type);
}
