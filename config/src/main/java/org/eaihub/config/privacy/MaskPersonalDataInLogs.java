package org.eaihub.config.privacy;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last line of defence for the logs: every string written into a JSON log event (message, exception message and
 * stack trace, MDC values) has its e-mail addresses and international phone numbers masked
 * ({@link PersonalData#maskFreeText}). The applications log ids, never customers' data; this catches what slips
 * through, such as a backend's error message quoting a value. Set by {@code logging.structured.json.customizer}.
 */
public class MaskPersonalDataInLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::maskFreeText));
    }
}
