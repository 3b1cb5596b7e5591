package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.eaihub.canonical.Documents.CODEC;
import static org.eaihub.canonical.Documents.bytes;
import static org.eaihub.canonical.Documents.replaceOnce;

import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.junit.jupiter.api.Test;

/**
 * Versioning rules: a reader of 1.x refuses another major version; it reads a newer minor version, ignoring the
 * optional fields it does not know; it refuses unknown fields in a document of its own (or an older) minor version,
 * where they can only be mistakes.
 */
class VersioningTest {

    private final SyncCustomerPartyMaster original = Fixtures.syncCustomer();
    private final String json = Documents.json(original);
    private final String xml = Documents.xml(original);

    @Test
    void unknownMajorVersionIsRefusedInJson() {
        String v2 = replaceOnce(json, "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"2.0\"");
        assertThatThrownBy(() -> CODEC.read(bytes(v2), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple("envelope.schemaVersion", "supportedMajor 1"));
                    assertThat(e.getMessage()).contains("major version 2 is not supported; this reader reads 1.x");
                });
    }

    @Test
    void unknownMajorVersionIsRefusedInXmlByVersionAndByNamespace() {
        String v2 = replaceOnce(xml, "<schemaVersion>1.0</schemaVersion>", "<schemaVersion>2.0</schemaVersion>");
        String v2Namespace = replaceOnce(v2, "xmlns=\"urn:eaihub:canonical:1\"", "xmlns=\"urn:eaihub:canonical:2\"");
        for (String document : new String[] {v2, v2Namespace}) {
            assertThatThrownBy(() -> CODEC.read(bytes(document), Format.XML))
                    .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple("envelope.schemaVersion", "supportedMajor 1")));
        }
    }

    @Test
    void newerMinorVersionWithUnknownFieldsIsReadInJson() {
        String v17 = replaceOnce(json, "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.7\"");
        String extended = replaceOnce(replaceOnce(v17, "\"keyAccount\":true",
                "\"keyAccount\":true,\"loyaltyTier\":{\"name\":\"gold\",\"since\":[2019,2020]}"),
                "\"customer\":{", "\"trace\":\"abc\",\"customer\":{");

        SyncCustomerPartyMaster read = CODEC.read(bytes(extended), Format.JSON, SyncCustomerPartyMaster.class);

        assertThat(read.envelope().schemaVersion()).isEqualTo("1.7");
        assertThat(read.customer()).isEqualTo(original.customer());
    }

    @Test
    void newerMinorVersionWithUnknownFieldsIsReadInXml() {
        String v17 = replaceOnce(xml, "<schemaVersion>1.0</schemaVersion>", "<schemaVersion>1.7</schemaVersion>");
        String extended = replaceOnce(replaceOnce(v17, "<keyAccount>true</keyAccount>",
                "<keyAccount>true</keyAccount><loyaltyTier><name>gold</name></loyaltyTier>"),
                "<customer>", "<trace>abc</trace><customer>");

        SyncCustomerPartyMaster read = CODEC.read(bytes(extended), Format.XML, SyncCustomerPartyMaster.class);

        assertThat(read.envelope().schemaVersion()).isEqualTo("1.7");
        assertThat(read.customer()).isEqualTo(original.customer());
    }

    @Test
    void unknownFieldInTheReadersOwnMinorVersionIsRefusedWithItsPath() {
        String typo = replaceOnce(json, "\"keyAccount\":true", "\"keyAccount\":true,\"keyAcount\":false");
        assertThatThrownBy(() -> CODEC.read(bytes(typo), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("customer.keyAcount", "unknownField")));
        String nested = replaceOnce(xml, "<jobTitle>", "<nickname>x</nickname><jobTitle>");
        assertThatThrownBy(() -> CODEC.read(bytes(nested), Format.XML))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("customer.contacts[0].nickname", "unknownField")));
    }

    @Test
    void schemaLocationAttributeIsNotAnUnknownField() {
        String located = replaceOnce(xml, "<SyncCustomerPartyMaster ", "<SyncCustomerPartyMaster "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"urn:eaihub:canonical:1 canonical.xsd\" ");
        assertThat(CODEC.read(bytes(located), Format.XML)).isEqualTo(original);
    }

    @Test
    void missingOrMalformedVersionIsNamed() {
        String missing = replaceOnce(json, "\"schemaVersion\":\"1.0\",", "");
        assertThatThrownBy(() -> CODEC.read(bytes(missing), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("envelope.schemaVersion", "required")));
        String malformed = replaceOnce(json, "\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"one\"");
        assertThatThrownBy(() -> CODEC.read(bytes(malformed), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("envelope.schemaVersion"));
    }

    @Test
    void writerRefusesVersionsItCannotWrite() {
        for (String version : new String[] {"1.7", "2.0", "0.9"}) {
            Envelope envelope = original.envelope();
            SyncCustomerPartyMaster message = new SyncCustomerPartyMaster(new Envelope(envelope.messageId(),
                    envelope.correlationId(), envelope.causationId(), envelope.messageType(), version,
                    envelope.sourceSystem(), envelope.occurredAt(), envelope.businessKey(), envelope.sourceRecordId(),
                    envelope.sourceLastModified()), original.customer());
            assertThatThrownBy(() -> CODEC.write(message, Format.JSON))
                    .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple("envelope.schemaVersion", "maximum 1.0")));
        }
    }

    @Test
    void schemaVersionParsesAndCompares() {
        assertThat(SchemaVersion.parse("1.12")).isEqualTo(new SchemaVersion(1, 12));
        assertThat(SchemaVersion.parse("1.12")).isGreaterThan(SchemaVersion.parse("1.2"));
        assertThat(new SchemaVersion(1, 0).canRead(new SchemaVersion(1, 9))).isTrue();
        assertThat(new SchemaVersion(1, 0).canRead(new SchemaVersion(2, 0))).isFalse();
        for (String bad : new String[] {"1", "1.", ".1", "1.0.0", "a.b", "1234.0", ""}) {
            assertThatThrownBy(() -> SchemaVersion.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
