package org.eaihub.erp.notification;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eaihub.erp.common.Money;

/**
 * Writes a notification in the ERP's native XML ({@code wsdl/erp/ErpNotification.xsd}): the control record
 * (EDI_DC40) and the data segment of the event.
 */
public final class NotificationXml {

    public static final String NAMESPACE = "urn:eaihub:erp:notification:v1";
    /** Where the schema lies on the classpath (and in the jar). */
    public static final String SCHEMA = "wsdl/erp/ErpNotification.xsd";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /**
     * The control record.
     *
     * @param docnum    the notification number (16 digits)
     * @param sender    the ERP's logical system
     * @param createdAt when the change was made
     * @param zone      the ERP's time zone, for CREDAT and CRETIM
     * @param user      who asked for the change
     * @param requestId the request that caused it, if any
     */
    public record ControlRecord(String docnum, NotificationType type, String sender, Instant createdAt, ZoneId zone,
            String user, String requestId) {
    }

    private final XMLStreamWriter xml;
    private final StringWriter text = new StringWriter();

    private NotificationXml() throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(text);
    }

    public static String write(ControlRecord control, ErpEvent event) {
        if (control.type() != event.type()) {
            throw new IllegalArgumentException("Control record of " + control.type() + " for a " + event.type());
        }
        try {
            NotificationXml writer = new NotificationXml();
            writer.document(control, event);
            return writer.text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a notification", e);
        }
    }

    private void document(ControlRecord control, ErpEvent event) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "NOTIFICATION");
        xml.writeDefaultNamespace(NAMESPACE);
        controlRecord(control);
        if (event instanceof ErpEvent.InvoicePosted invoice) {
            invoice(invoice);
        } else if (event instanceof ErpEvent.PaymentReceived payment) {
            payment(payment);
        } else if (event instanceof ErpEvent.CreditStatusChanged credit) {
            credit(credit);
        } else if (event instanceof ErpEvent.CustomerChanged customer) {
            customer(customer);
        } else {
            throw new IllegalArgumentException("Unknown event " + event.getClass().getName());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void controlRecord(ControlRecord control) throws XMLStreamException {
        start("EDI_DC40");
        field("DOCNUM", control.docnum());
        field("MESTYP", control.type().name());
        field("SNDPRN", control.sender());
        var local = control.createdAt().atZone(control.zone());
        field("CREDAT", local.toLocalDate());
        field("CRETIM", local.toLocalTime().truncatedTo(ChronoUnit.SECONDS));
        field("CREATED_AT", control.createdAt());
        field("UNAME", control.user());
        optional("REQUEST_ID", control.requestId());
        end();
    }

    private void invoice(ErpEvent.InvoicePosted e) throws XMLStreamException {
        start("E1INVOICE");
        field("VBELN", e.invoice());
        field("FKART", e.billingType());
        field("FKDAT", e.billingDate());
        field("KUNRG", e.payer());
        field("AUBEL", e.order());
        field("VGBEL", e.delivery());
        optional("BSTKD", e.customerPo());
        field("WAERK", e.currency());
        field("NETWR", e.net());
        field("MWSBK", e.tax());
        field("BRTWR", e.gross());
        field("ZTERM", e.paymentTerms());
        field("NETDT", e.dueDate());
        start("ITEMS");
        for (ErpEvent.InvoicePosted.Item item : e.items()) {
            start("item");
            field("POSNR", item.position());
            field("MATNR", item.material());
            field("FKIMG", item.quantity().toPlainString());
            field("VRKME", item.unit());
            field("NETWR", item.net());
            field("MWSBP", item.tax());
            field("BRTWR", item.gross());
            end();
        }
        end();
        end();
    }

    private void payment(ErpEvent.PaymentReceived e) throws XMLStreamException {
        start("E1PAYMENT");
        field("BELNR", e.document());
        field("KUNNR", e.customer());
        field("BUDAT", e.postingDate());
        field("DMBTR", e.amount());
        field("WAERS", e.currency());
        optional("XBLNR", e.reference());
        field("UNAPPLIED", e.unapplied());
        field("SKFOR", e.balance());
        start("CLEARED");
        for (ErpEvent.PaymentReceived.Cleared cleared : e.cleared()) {
            start("item");
            field("BELNR", cleared.item());
            optional("VBELN", cleared.invoice());
            field("DMBTR", cleared.amount());
            field("REST", cleared.rest());
            if (cleared.clearingDate() != null) {
                field("AUGDT", cleared.clearingDate());
            }
            end();
        }
        end();
        end();
    }

    private void credit(ErpEvent.CreditStatusChanged e) throws XMLStreamException {
        start("E1CREDIT");
        field("KUNNR", e.customer());
        field("CMGST", e.status());
        field("CMGST_OLD", e.previousStatus());
        field("REASON", e.reason());
        field("REASON_TEXT", e.reasonText());
        field("KLIMK", e.creditLimit());
        field("SKFOR", e.openReceivables());
        field("WAERS", e.currency());
        field("CRBLB", flag(e.creditBlock()));
        end();
    }

    private void customer(ErpEvent.CustomerChanged e) throws XMLStreamException {
        start("E1CUSTOMER");
        field("CHIND", e.created() ? "I" : "U");
        field("KUNNR", e.customer());
        field("VERSION", Long.toString(e.version()));
        field("LAST_CHANGED_AT", e.lastChangedAt());
        start("CHANGED_FIELDS");
        for (String name : e.changedFields()) {
            field("item", name);
        }
        end();
        field("NAME1", e.name1());
        optional("NAME2", e.name2());
        optional("STRAS", e.street());
        optional("PSTLZ", e.postalCode());
        field("ORT01", e.city());
        field("LAND1", e.country());
        optional("TELF1", e.phone());
        optional("SMTP_ADDR", e.email());
        optional("STCD1", e.taxNumber());
        field("STKZN", flag(e.naturalPerson()));
        field("ZTERM", e.paymentTerms());
        field("KLIMK", e.creditLimit());
        field("WAERS", e.currency());
        field("CRBLB", flag(e.creditBlock()));
        end();
    }

    private static String flag(boolean value) {
        return value ? "X" : "";
    }

    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void optional(String name, String value) throws XMLStreamException {
        if (value != null) {
            field(name, value);
        }
    }

    private void field(String name, Object value) throws XMLStreamException {
        if (value == null) {
            throw new IllegalArgumentException(name + " is mandatory in a notification");
        }
        start(name);
        xml.writeCharacters(lexical(value));
        end();
    }

    private static String lexical(Object value) {
        if (value instanceof BigDecimal amount) {
            return Money.text(amount);
        } else if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        } else if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        } else if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
        }
        return value.toString();
    }
}
