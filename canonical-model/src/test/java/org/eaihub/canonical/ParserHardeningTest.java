package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.eaihub.canonical.Documents.CODEC;
import static org.eaihub.canonical.Documents.bytes;
import static org.eaihub.canonical.Documents.replaceOnce;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.internal.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken documents get a {@link CanonicalValidationException} naming the problem; none crashes the
 * parser, makes it read local files, expand entities or recurse without bound.
 */
class ParserHardeningTest {

    private static final String NS = MessageTypes.NAMESPACE;
    private static final String XML_ROOT_OPEN = "<SyncCustomerPartyMaster xmlns=\"" + NS + "\">";

    private final String json = Documents.json(Fixtures.syncCustomer());
    private final String xml = Documents.xml(Fixtures.syncCustomer());

    @Test
    void malformedJsonIsNamedAsSuch() {
        String truncated = json.substring(0, json.length() / 2);
        assertRefused(() -> CODEC.read(bytes(truncated), Format.JSON), "$", "wellFormed json");
        assertRefused(() -> CODEC.read(bytes("{\"envelope\": {\"messageId\": 'x'}}"), Format.JSON),
                "$", "wellFormed json");
        assertRefused(() -> CODEC.read(bytes(json + "{}"), Format.JSON), "$", "wellFormed json");
    }

    @Test
    void malformedXmlIsNamedAsSuch() {
        String unclosed = xml.substring(0, xml.length() - "</SyncCustomerPartyMaster>".length());
        assertRefused(() -> CODEC.read(bytes(unclosed), Format.XML), "$", "wellFormed xml");
        String crossed = replaceOnce(xml, "</envelope>", "</customer>");
        assertRefused(() -> CODEC.read(bytes(crossed), Format.XML), "$", "wellFormed xml");
        assertRefused(() -> CODEC.read(bytes("not xml at all"), Format.XML), "$", "wellFormed xml");
    }

    @Test
    void emptyDocumentAndWrongRootAreNamed() {
        assertRefused(() -> CODEC.read(new byte[0], Format.JSON), "$", "required");
        assertRefused(() -> CODEC.read(bytes("[1, 2]"), Format.JSON), "$", "type object");
        assertRefused(() -> CODEC.read(bytes("<other xmlns=\"urn:x\"/>"), Format.XML), "$", "namespace " + NS);
    }

    @Test
    void missingRequiredFieldIsNamedWithItsPath() {
        String noName = replaceOnce(json, "\"name\":\"海尔集团 Haier Group\",", "");
        assertRefused(() -> CODEC.read(bytes(noName), Format.JSON), "customer.name", "required");
        String noNameXml = replaceOnce(xml, "<name>海尔集团 Haier Group</name>", "");
        assertRefused(() -> CODEC.read(bytes(noNameXml), Format.XML), "customer.name", "required");
        String noEnvelopeId = replaceOnce(json, "\"correlationId\"", "\"unusedCorrelationId\"");
        assertThatThrownBy(() -> CODEC.read(bytes(noEnvelopeId), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .contains(tuple("envelope.correlationId", "required")));
    }

    @Test
    void wrongTypeIsNamedWithItsPathAndTheExpectedType() {
        String textVersion = replaceOnce(json, "\"version\":3", "\"version\":\"three\"");
        assertRefused(() -> CODEC.read(bytes(textVersion), Format.JSON), "customer.version", "type integer");
        String textFlag = replaceOnce(json, "\"keyAccount\":true", "\"keyAccount\":\"yes\"");
        assertRefused(() -> CODEC.read(bytes(textFlag), Format.JSON), "customer.keyAccount", "type boolean");
        String quotedAmount = replaceOnce(json, "\"amount\":5000000.00", "\"amount\":\"5000000.00\"");
        assertRefused(() -> CODEC.read(bytes(quotedAmount), Format.JSON), "customer.creditLimit.amount",
                "type number");
        String objectName = replaceOnce(json, "\"name\":\"海尔集团 Haier Group\"", "\"name\":{\"zh\":\"海尔\"}");
        assertRefused(() -> CODEC.read(bytes(objectName), Format.JSON), "customer.name", "type string");
        String badStatus = replaceOnce(json, "\"status\":\"ACTIVE\"", "\"status\":\"GONE\"");
        assertRefused(() -> CODEC.read(bytes(badStatus), Format.JSON), "customer.status", "enum");
        String badDate = replaceOnce(json, "\"foundedOn\":\"1984-12-26\"", "\"foundedOn\":\"26.12.1984\"");
        assertRefused(() -> CODEC.read(bytes(badDate), Format.JSON), "customer.enterprise.foundedOn",
                "format date");

        String textVersionXml = replaceOnce(xml, "<version>3</version>", "<version>three</version>");
        assertRefused(() -> CODEC.read(bytes(textVersionXml), Format.XML), "customer.version", "type integer");
        String badCountryXml = replaceOnce(xml, "<countryCode>CN</countryCode>", "<countryCode>China</countryCode>");
        assertRefused(() -> CODEC.read(bytes(badCountryXml), Format.XML), "customer.addresses[0].countryCode",
                "pattern [A-Z]{2}");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-XXE-MARKER");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE SyncCustomerPartyMaster [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n" + replaceOnce(xml.substring(xml.indexOf("?>") + 2),
                "<businessKey>C-10001</businessKey>", "<businessKey>&xxe;</businessKey>");

        assertThatThrownBy(() -> CODEC.read(bytes(xxe), Format.XML))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::rule).containsExactly("noDoctype");
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                });
        // Defence in depth: the XML binding itself, without the codec's DOCTYPE check, does not read the file.
        XmlMapper binding = Mappers.xml(ParserLimits.DEFAULTS);
        assertThatThrownBy(() -> binding.readValue(bytes(xxe), SyncCustomerPartyMaster.class))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("TOP-SECRET"));
    }

    @Test
    void entityReferenceWithoutDeclarationIsRefused() {
        String reference = replaceOnce(xml, "<businessKey>C-10001</businessKey>", "<businessKey>&xxe;</businessKey>");
        assertRefused(() -> CODEC.read(bytes(reference), Format.XML), "$", "noEntities");
    }

    @Test
    void entityExpansionIsRefusedBeforeAnyExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        laughs.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            laughs.append(" <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n").append(replaceOnce(xml.substring(xml.indexOf("?>") + 2),
                "<name>海尔集团 Haier Group</name>", "<name>&lol9;</name>"));
        assertRefused(() -> CODEC.read(bytes(laughs.toString()), Format.XML), "$", "noDoctype");

        XmlMapper binding = Mappers.xml(ParserLimits.DEFAULTS);
        assertThatThrownBy(() -> binding.readValue(bytes(laughs.toString()), SyncCustomerPartyMaster.class))
                .isInstanceOf(IOException.class);
    }

    @Test
    void deepJsonNestingIsStoppedAtTheDepthLimit() {
        int depth = 10_000;
        String deep = "{\"customer\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
        assertRefused(() -> CODEC.read(bytes(deep), Format.JSON), "$", "maxDepth 64");
        String afterEnvelope = replaceOnce(json, "\"customer\":{", "\"deep\":" + "[".repeat(depth)
                + "]".repeat(depth) + ",\"customer\":{");
        assertRefused(() -> CODEC.read(bytes(afterEnvelope), Format.JSON), "$", "maxDepth 64");
    }

    @Test
    void deepXmlNestingIsStoppedAtTheDepthLimit() {
        int depth = 10_000;
        String deep = XML_ROOT_OPEN + "<a>".repeat(depth) + "</a>".repeat(depth) + "</SyncCustomerPartyMaster>";
        assertRefused(() -> CODEC.read(bytes(deep), Format.XML), "$", "maxDepth 64");
        String afterEnvelope = replaceOnce(xml, "<customer>", "<deep>" + "<a>".repeat(depth) + "</a>".repeat(depth)
                + "</deep><customer>");
        assertRefused(() -> CODEC.read(bytes(afterEnvelope), Format.XML), "$", "maxDepth 64");
    }

    @Test
    void oversizedDocumentIsRefusedBeforeParsing() {
        byte[] twoMiB = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMiB, (byte) '[');
        assertRefused(() -> CODEC.read(twoMiB, Format.JSON), "$", "maxDocumentBytes 1048576");
        assertRefused(() -> CODEC.read(twoMiB, Format.XML), "$", "maxDocumentBytes 1048576");
    }

    @Test
    void overlongStringIsStoppedAtTheStringLimit() {
        // Jackson checks string length as its buffers grow, so the test string is well past the limit.
        String longName = "长".repeat(300_000);
        String longJson = replaceOnce(json, "海尔集团 Haier Group", longName);
        assertRefused(() -> CODEC.read(bytes(longJson), Format.JSON), "$", "maxStringLength 65536");
        String longXml = replaceOnce(xml, "海尔集团 Haier Group", longName);
        assertRefused(() -> CODEC.read(bytes(longXml), Format.XML), "$", "maxStringLength 65536");
    }

    @Test
    void limitsAreConfigurable() {
        CanonicalCodec strict = new CanonicalCodec(ParserLimits.DEFAULTS.withMaxDocumentBytes(512)
                .withMaxNestingDepth(8).withMaxStringLength(16));
        assertRefused(() -> strict.read(bytes(json), Format.JSON), "$", "maxDocumentBytes 512");
        String nested = "{\"customer\":" + "{\"a\":".repeat(9) + "1" + "}".repeat(9) + "}";
        assertRefused(() -> strict.read(bytes(nested), Format.JSON), "$", "maxDepth 8");
        String longString = "{\"envelope\":{\"messageType\":\"" + "S".repeat(17) + "\"}}";
        assertRefused(() -> strict.read(bytes(longString), Format.JSON), "$", "maxStringLength 16");
        assertThatThrownBy(() -> strict.write(Fixtures.syncCustomer(), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("maxDocumentBytes 512"));
    }

    private static void assertRefused(ThrowingCallable read, String path, String rule) {
        assertThatThrownBy(read)
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple(path, rule));
                    assertThat(e.getMessage()).contains(path).contains(rule);
                });
    }
}
