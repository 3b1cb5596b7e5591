package org.eaihub.crm.quality;

/** A rule a field broke: the field's path, the rule's name, and a message that never repeats the value. */
public record FieldError(String field, String rule, String message) {
}
