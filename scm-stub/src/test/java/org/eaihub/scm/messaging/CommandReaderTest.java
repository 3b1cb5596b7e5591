package org.eaihub.scm.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.eaihub.scm.contract.CommandType;
import org.eaihub.scm.contract.ContractSchemas;
import org.eaihub.scm.contract.InvalidCommandException;
import org.eaihub.scm.contract.PullList;
import org.eaihub.scm.contract.ReservationRequest;
import org.eaihub.scm.contract.ScmTopics;
import org.junit.jupiter.api.Test;

class CommandReaderTest {

    private final CommandReader reader = new CommandReader(ContractSchemas.instance());

    static final String RESERVATION = """
            {"type":"ReservationRequest","schemaVersion":1,"requestId":"R-1","orderRef":"SO-1",
             "lines":[{"lineNo":1,"sku":"SKU-00001","quantity":5},{"lineNo":2,"sku":"SKU-00002","quantity":1}]}""";

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidCommandIsReadIntoItsRecord() {
        ParsedCommand parsed = reader.read(ScmTopics.RESERVATION_REQUESTS, bytes(RESERVATION));

        assertThat(parsed.type()).isEqualTo(CommandType.RESERVATION_REQUEST);
        ReservationRequest request = (ReservationRequest) parsed.command();
        assertThat(request.requestId()).isEqualTo("R-1");
        assertThat(request.partialAllowed()).as("default").isTrue();
        assertThat(request.lines()).hasSize(2);
        assertThat(parsed.hash()).hasSize(64);
    }

    @Test
    void theSameCommandWrittenDifferentlyHasTheSameHash() {
        String reordered = """
                {"schemaVersion":1,"type":"ReservationRequest","orderRef":"SO-1","requestId":"R-1",
                 "lines":[{"sku":"SKU-00001","lineNo":1,"quantity":5},{"quantity":1,"lineNo":2,"sku":"SKU-00002"}]}""";

        assertThat(reader.read(ScmTopics.RESERVATION_REQUESTS, bytes(reordered)).hash())
                .isEqualTo(reader.read(ScmTopics.RESERVATION_REQUESTS, bytes(RESERVATION)).hash());
    }

    @Test
    void notJsonIsUnparsable() {
        assertReason(ScmTopics.RESERVATION_REQUESTS, "{\"type\":\"ReservationRequest\",", "unparsable-json");
        assertReason(ScmTopics.RESERVATION_REQUESTS, "", "empty-record");
        assertThatThrownBy(() -> reader.read(ScmTopics.RESERVATION_REQUESTS, null))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void aMessageOfAnotherTypeIsRefused() {
        assertReason(ScmTopics.RESERVATION_RELEASES, RESERVATION, "unexpected-message-type");
        assertReason(ScmTopics.RESERVATION_REQUESTS, "{\"requestId\":\"R-1\"}", "unexpected-message-type");
    }

    @Test
    void aSchemaViolationNamesWhatIsWrong() {
        String bad = RESERVATION.replace("\"quantity\":5", "\"quantity\":0").replace("\"orderRef\":\"SO-1\",", "");

        assertThatThrownBy(() -> reader.read(ScmTopics.RESERVATION_REQUESTS, bytes(bad)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.reason()).isEqualTo("schema-violation");
                    assertThat(e.getMessage()).contains("orderRef").contains("quantity");
                });
        assertReason(ScmTopics.RESERVATION_REQUESTS, RESERVATION.replace("\"lines\"", "\"extra\":1,\"lines\""),
                "schema-violation");
        assertReason(ScmTopics.RESERVATION_REQUESTS, RESERVATION.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                "schema-violation");
    }

    @Test
    void lineNumbersMustBeUnique() {
        assertReason(ScmTopics.RESERVATION_REQUESTS, RESERVATION.replace("\"lineNo\":2", "\"lineNo\":1"),
                "invalid-content");
    }

    @Test
    void everyCommandTypeIsReadFromItsTopic() {
        assertThat(reader.read(ScmTopics.RESERVATION_RELEASES, bytes("""
                {"type":"ReservationRelease","schemaVersion":1,"requestId":"R-2","orderRef":"SO-1"}""")).type())
                .isEqualTo(CommandType.RESERVATION_RELEASE);
        assertThat(reader.read(ScmTopics.SHIPMENT_REQUESTS, bytes("""
                {"type":"ShipmentRequest","schemaVersion":1,"requestId":"R-3","orderRef":"SO-1",
                 "shipToParty":"SP-000001","serviceLevel":"EXPRESS"}""")).type())
                .isEqualTo(CommandType.SHIPMENT_REQUEST);
        PullList pullList = (PullList) reader.read(ScmTopics.SUPPLIER_PULL_LISTS, bytes("""
                {"type":"PullList","schemaVersion":1,"requestId":"R-4","pullListId":"PL-1",
                 "lines":[{"sku":"SKU-00001","warehouse":"WH-SH","quantity":10}]}""")).command();
        assertThat(pullList.lines()).containsExactly(new PullList.Line("SKU-00001", "WH-SH", 10));
    }

    private void assertReason(String topic, String json, String reason) {
        assertThatThrownBy(() -> reader.read(topic, bytes(json)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
