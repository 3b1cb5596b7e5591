package org.eaihub.erp.common;

import java.util.List;

/**
 * A request the ERP refuses for a business reason: nothing was changed. The SOAP layer turns it into an
 * {@code ErpFault} (soap:Client) whose detail lists the messages.
 */
public class ErpException extends RuntimeException {

    private final transient List<ReturnMessage> messages;

    public ErpException(ReturnMessage message) {
        super(message.message());
        this.messages = List.of(message);
    }

    public ErpException(ErpMessage message, Object... variables) {
        this(ReturnMessage.of(message, variables));
    }

    public static ErpException at(ErpMessage message, String parameter, String field, Object... variables) {
        return new ErpException(ReturnMessage.at(message, parameter, field, variables));
    }

    public List<ReturnMessage> messages() {
        return messages;
    }

    public ReturnMessage first() {
        return messages.get(0);
    }
}
