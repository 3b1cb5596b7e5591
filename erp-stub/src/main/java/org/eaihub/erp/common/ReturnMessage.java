package org.eaihub.erp.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One return message (BAPIRET2): type, message class and number, text, up to four variables, and where it
 * applies (PARAMETER: the structure or table, FIELD: the field).
 */
public record ReturnMessage(char type, String id, String number, String message, List<String> variables,
        String parameter, String field) {

    public ReturnMessage {
        variables = List.copyOf(variables);
    }

    public static ReturnMessage of(ErpMessage message, Object... variables) {
        return at(message, null, null, variables);
    }

    public static ReturnMessage at(ErpMessage message, String parameter, String field, Object... variables) {
        List<String> texts = Arrays.stream(variables).limit(4).map(v -> Objects.toString(v, "")).toList();
        return new ReturnMessage(message.type(), ErpMessage.MESSAGE_CLASS, message.number(),
                message.format(variables), texts, parameter, field);
    }

    public boolean isError() {
        return type == 'E' || type == 'A';
    }
}
