package org.eaihub.erp.soap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Makes the fault for a schema-invalid request name the field and the rule. The XML Schema validator reports a
 * broken facet (pattern, length, range, enumeration) first, naming only the type, and then the element it
 * occurred in; CXF would pass on only the first report that stops the parse. This handler lets the first one
 * pass, stops at the second, and the {@link Explain} interceptor puts both into the fault:
 * {@code Invalid request: KUNAG: cvc-pattern-valid: Value '12' is not facet-valid with respect to pattern
 * '[0-9]{10}' for type 'KUNNR'.} Reading a request and answering its fault happen on one thread.
 */
class ValidationErrors implements ValidationEventHandler {

    private static final Pattern ELEMENT = Pattern.compile("of element '([^']+)'");
    private static final ThreadLocal<String> PENDING = new ThreadLocal<>();
    private static final ThreadLocal<String> EXPLANATION = new ThreadLocal<>();

    @Override
    public boolean handleEvent(ValidationEvent event) {
        if (event.getSeverity() == ValidationEvent.WARNING) {
            return true;
        }
        String message = event.getMessage() == null ? "invalid content" : event.getMessage().trim();
        String pending = PENDING.get();
        if (pending == null && isFacetViolation(message)) {
            PENDING.set(message);
            return true;
        }
        PENDING.remove();
        Matcher element = ELEMENT.matcher(message);
        String text = pending == null ? message
                : element.find() ? element.group(1) + ": " + pending : pending + " " + message;
        EXPLANATION.set("Invalid request: " + text);
        return false;
    }

    private static boolean isFacetViolation(String message) {
        return message.startsWith("cvc-") && message.contains("-valid") && !message.contains("of element '");
    }

    private static void forget() {
        PENDING.remove();
        EXPLANATION.remove();
    }

    /** Forgets what a previous request on this thread left, before a new one is read. */
    static final class Reset extends AbstractPhaseInterceptor<Message> {

        Reset() {
            super(Phase.RECEIVE);
        }

        @Override
        public void handleMessage(Message message) {
            forget();
        }
    }

    /** Gives the fault of an invalid request its explanation, as the client's fault (soap:Client). */
    static final class Explain extends AbstractPhaseInterceptor<Message> {

        Explain() {
            super(Phase.PRE_LOGICAL);
        }

        @Override
        public void handleMessage(Message message) {
            String explanation = EXPLANATION.get();
            forget();
            if (explanation != null && message.getContent(Exception.class) instanceof Fault fault) {
                fault.setMessage(explanation);
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            }
        }
    }
}
