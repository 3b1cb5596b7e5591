package org.eaihub.erp.soap;

import java.io.StringReader;
import java.io.StringWriter;

import javax.xml.transform.stream.StreamSource;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import org.eaihub.erp.idempotency.RequestCodec;
import org.eaihub.erp.soap.api.ObjectFactory;
import org.springframework.stereotype.Component;

/** The SOAP messages as XML text, for fingerprinting requests and storing responses. */
@Component
public class SoapXml implements RequestCodec {

    private final JAXBContext context;

    public SoapXml() {
        try {
            context = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The generated SOAP types do not bind", e);
        }
    }

    @Override
    public String write(Object message) {
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter text = new StringWriter();
            marshaller.marshal(message, text);
            return text.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write " + message.getClass().getSimpleName(), e);
        }
    }

    @Override
    public <T> T read(String text, Class<T> type) {
        try {
            return context.createUnmarshaller().unmarshal(new StreamSource(new StringReader(text)), type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
