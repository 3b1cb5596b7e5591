package org.eaihub.hub.deadletter;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The dead-letter queues the broker declares ({@code DLQ} and every {@code DLQ.<queue>} of {@code broker.xml}):
 * the broker creates nothing on demand, so this list is every place a dead letter can be.
 */
public final class DeadLetterQueues {

    private DeadLetterQueues() {
    }

    /** The dead-letter queues of the {@code broker.xml} on the classpath, in the order declared. */
    public static List<String> declared() {
        try (InputStream in = DeadLetterQueues.class.getClassLoader().getResourceAsStream("broker.xml")) {
            if (in == null) {
                throw new IllegalStateException("broker.xml is not on the classpath");
            }
            return declared(in);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read broker.xml", e);
        }
    }

    static List<String> declared(InputStream brokerXml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            NodeList queues = factory.newDocumentBuilder().parse(brokerXml).getElementsByTagNameNS("*", "queue");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < queues.getLength(); i++) {
                String name = ((Element) queues.item(i)).getAttribute("name");
                if ((name.equals("DLQ") || name.startsWith("DLQ.")) && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Not a readable broker.xml", e);
        }
    }
}
