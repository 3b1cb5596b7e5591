package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.corpus.CorpusGenerator;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.junit.jupiter.api.Test;

/** The registry of message types is complete and consistent with the classes and the bindings. */
class MessageTypesTest {

    @Test
    void everyMessageClassIsRegisteredAndEveryRegisteredTypeIsAMessageClass() {
        Set<String> messageClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.eaihub.canonical")
                .stream()
                .filter(type -> type.isAssignableTo(CanonicalMessage.class) && !type.isInterface())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(MessageTypes.all()).extracting(type -> type.javaType().getName())
                .containsExactlyInAnyOrderElementsOf(messageClasses);
    }

    @Test
    void namesAreVerbPlusNounAndFindable() {
        assertThat(MessageTypes.all()).hasSize(19).allSatisfy(type -> {
            assertThat(type.name()).isEqualTo(type.verb().prefix() + type.noun());
            assertThat(MessageTypes.find(type.name())).contains(type);
            assertThat(MessageTypes.of(type.javaType())).isEqualTo(type);
            assertThat(type.schemaVersion()).isEqualTo(MessageTypes.CURRENT_VERSION);
            assertThat(type.jsonSchemaResource()).isEqualTo("org/eaihub/canonical/schema/json/" + type.name()
                    + ".schema.json");
        });
        assertThat(MessageTypes.find("SyncUnicorn")).isEmpty();
        assertThat(MessageTypes.find(null)).isEmpty();
        assertThatThrownBy(() -> MessageTypes.of(Customer.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void xmlRootElementIsTheMessageTypeInTheCanonicalNamespace() throws XMLStreamException {
        CorpusGenerator generator = new CorpusGenerator(7);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        for (MessageType type : MessageTypes.all()) {
            byte[] xml = Documents.CODEC.write(generator.generate(type, CorpusGenerator.Shape.MINIMAL), Format.XML);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            reader.nextTag();
            assertThat(reader.getLocalName()).isEqualTo(type.name());
            assertThat(reader.getNamespaceURI()).isEqualTo(MessageTypes.NAMESPACE);
            assertThat(reader.getPrefix()).isEmpty();
            reader.close();
        }
    }

    @Test
    void publishedSchemasAreOnTheClasspath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource(MessageTypes.XSD_RESOURCE)).isNotNull();
        assertThat(loader.getResource(MessageTypes.INDEX_RESOURCE)).isNotNull();
        assertThat(MessageTypes.all()).allSatisfy(type ->
                assertThat(loader.getResource(type.jsonSchemaResource())).as(type.name()).isNotNull());
    }

    @Test
    void envelopeFactoriesFollowTheConversation() {
        Envelope request = Envelope.newConversation(SyncCustomerPartyMaster.class,
                SystemCode.CRM, "C-10001");
        assertThat(request.correlationId()).isEqualTo(request.messageId());
        assertThat(request.causationId()).isNull();
        assertThat(request.messageType()).isEqualTo("SyncCustomerPartyMaster");
        assertThat(request.schemaVersion()).isEqualTo("1.0");

        Envelope next = Envelope.causedBy(request, ProcessSalesOrder.class,
                SystemCode.HUB, "SO-1");
        assertThat(next.messageId()).isNotEqualTo(request.messageId());
        assertThat(next.correlationId()).isEqualTo(request.correlationId());
        assertThat(next.causationId()).isEqualTo(request.messageId());
        assertThat(next.messageType()).isEqualTo("ProcessSalesOrder");
    }
}
