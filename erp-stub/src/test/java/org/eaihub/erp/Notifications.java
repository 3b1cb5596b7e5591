package org.eaihub.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

import org.springframework.jms.core.JmsTemplate;
import org.xml.sax.SAXException;

/** Reads the ERP's notifications from its queue, as the hub does, and checks them against their schema. */
public final class Notifications {

    public static final String QUEUE = "erp.notifications";
    private static final Schema SCHEMA = schema();

    private final JmsTemplate jms;

    Notifications(ConnectionFactory connectionFactory) {
        jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(20_000);
    }

    /** The next notification of this type for this customer; fails when none arrives. */
    public TextMessage next(String type, String customer) throws JMSException {
        TextMessage message = (TextMessage) jms.receiveSelected(QUEUE,
                "erpNotificationType = '" + type + "' AND erpCustomerNumber = '" + customer + "'");
        assertThat(message).as(type + " for " + customer).isNotNull();
        return message;
    }

    /** Throws if the XML is not a valid notification. */
    public static void validate(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | java.io.IOException e) {
            throw new AssertionError("Not a valid notification: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The text of the first element with this local name, or null. */
    public static String text(String xml, String localName) {
        java.util.List<String> all = texts(xml, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The texts of every element with this local name, in document order. */
    public static java.util.List<String> texts(String xml, String localName) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.NodeList nodes = factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new StringReader(xml))).getElementsByTagNameNS("*", localName);
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }

    private static Schema schema() {
        URL xsd = Notifications.class.getClassLoader().getResource("wsdl/erp/ErpNotification.xsd");
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
