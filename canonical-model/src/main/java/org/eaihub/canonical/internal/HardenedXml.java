package org.eaihub.canonical.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import org.eaihub.canonical.ParserLimits;

/**
 * StAX factories (Woodstox) for untrusted XML: no DTD processing, no external entities or resolution of any kind, and
 * every size limit bounded by {@link ParserLimits}. The envelope probe additionally refuses any DOCTYPE before the
 * binding sees the document. Internal: not part of the public API.
 */
final class HardenedXml {

    /** More attributes than any canonical element needs ({@code xmlns:*} and {@code xsi:*} included). */
    private static final int MAX_ATTRIBUTES_PER_ELEMENT = 32;

    private static final XMLResolver REFUSE = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external resources are not allowed");
    };

    private HardenedXml() {
    }

    static XMLInputFactory inputFactory(ParserLimits limits) {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
        // Replacing stays on: with DTDs unsupported only the five predefined entities and character references
        // can be replaced; any other reference goes to the undeclared-entity resolver below, which refuses it.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        factory.setXMLResolver(REFUSE);
        factory.setProperty(WstxInputProperties.P_DTD_RESOLVER, REFUSE);
        factory.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, REFUSE);
        factory.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, REFUSE);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxNestingDepth());
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxStringLength());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxStringLength());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES_PER_ELEMENT);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, (long) limits.maxDocumentBytes());
        return factory;
    }

    static XMLOutputFactory outputFactory() {
        WstxOutputFactory factory = new WstxOutputFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.TRUE);
        factory.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, Boolean.TRUE);
        return factory;
    }
}
