package org.eaihub.adapters.erp;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the ERP's notification XML ({@code urn:eaihub:erp:notification:v1}). Hardened: no DTDs, no external
 * entities. A document it cannot read is an {@link IllegalArgumentException} that says what was missing.
 */
public final class ErpNotificationReader {

    public static final String NAMESPACE = "urn:eaihub:erp:notification:v1";
    private static final int MAX_SIZE = 1 << 20;

    private ErpNotificationReader() {
    }

    public static ErpNotification read(byte[] xml) {
        if (xml.length > MAX_SIZE) {
            throw new IllegalArgumentException("Notification larger than " + MAX_SIZE + " bytes");
        }
        Element root = parse(xml).getDocumentElement();
        if (!"NOTIFICATION".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("Not an ERP notification: root " + root.getLocalName());
        }
        Element control = child(root, "EDI_DC40");
        String docnum = text(control, "DOCNUM");
        String type = text(control, "MESTYP");
        String user = text(control, "UNAME");
        String requestId = optional(control, "REQUEST_ID");
        return switch (type) {
            case "CREDIT_STATUS_CHANGED" -> {
                Element e = child(root, "E1CREDIT");
                yield new ErpNotification.CreditStatusChanged(docnum, user, requestId, text(e, "KUNNR"),
                        text(e, "CMGST"), optional(e, "CMGST_OLD"), optional(e, "REASON_TEXT"),
                        decimal(e, "KLIMK"), decimal(e, "SKFOR"), optional(e, "WAERS"), "X".equals(optional(e, "CRBLB")));
            }
            case "CUSTOMER_CHANGED" -> {
                Element e = child(root, "E1CUSTOMER");
                yield new ErpNotification.CustomerChanged(docnum, user, requestId, text(e, "KUNNR"),
                        "I".equals(text(e, "CHIND")), Long.parseLong(text(e, "VERSION")), items(e, "CHANGED_FIELDS"),
                        decimal(e, "KLIMK"), optional(e, "WAERS"), "X".equals(optional(e, "CRBLB")));
            }
            case "INVOICE_POSTED" -> {
                Element e = child(root, "E1INVOICE");
                yield new ErpNotification.InvoicePosted(docnum, user, requestId, text(e, "KUNRG"), text(e, "VBELN"),
                        text(e, "AUBEL"), text(e, "FKDAT"), decimal(e, "BRTWR"), text(e, "WAERK"));
            }
            case "PAYMENT_RECEIVED" -> {
                Element e = child(root, "E1PAYMENT");
                yield new ErpNotification.PaymentReceived(docnum, user, requestId, text(e, "KUNNR"), text(e, "BELNR"),
                        text(e, "BUDAT"), decimal(e, "DMBTR"), text(e, "WAERS"), decimal(e, "UNAPPLIED"),
                        cleared(e));
            }
            default -> throw new IllegalArgumentException("Unknown notification type MESTYP=" + type);
        };
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable ERP notification: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new IllegalArgumentException("ERP notification without " + name);
    }

    /** The texts of a list element's children ({@code <CHANGED_FIELDS><item>NAME1</item>...}). */
    private static List<String> items(Element parent, String name) {
        List<String> items = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element list && name.equals(list.getLocalName())) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNextSibling()) {
                    if (item instanceof Element element) {
                        items.add(element.getTextContent().trim());
                    }
                }
            }
        }
        return items;
    }

    /** The items a payment cleared ({@code <CLEARED><item><BELNR/><VBELN/><DMBTR/>...}). */
    private static List<ErpNotification.PaymentReceived.Cleared> cleared(Element payment) {
        List<ErpNotification.PaymentReceived.Cleared> cleared = new java.util.ArrayList<>();
        for (Node node = payment.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element list && "CLEARED".equals(list.getLocalName())) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNextSibling()) {
                    if (item instanceof Element element) {
                        String invoice = optional(element, "VBELN");
                        cleared.add(new ErpNotification.PaymentReceived.Cleared(text(element, "BELNR"),
                                invoice == null || invoice.isEmpty() ? null : invoice, decimal(element, "DMBTR")));
                    }
                }
            }
        }
        return cleared;
    }

    private static String optional(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        String value = optional(parent, name);
        if (value == null) {
            throw new IllegalArgumentException("ERP notification without " + parent.getLocalName() + "/" + name);
        }
        return value;
    }

    private static BigDecimal decimal(Element parent, String name) {
        String value = optional(parent, name);
        return value == null || value.isEmpty() ? null : new BigDecimal(value);
    }
}
