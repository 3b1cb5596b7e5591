package org.eaihub.config.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksPersonalFieldsOfACanonicalJsonDocumentAndKeepsTheRest() {
        String json = """
                {"customerId":"C-1","name":"Anna \\"Nan\\" Berg","individual":{"givenName":"Anna","familyName":"Berg"},
                 "contacts":[{"name":"Bo Lind","email":"bo@lind.example","phone":"020-123 45 67","jobTitle":"Buyer"}],
                 "addresses":[{"type":"BILLING","line1":"Storgatan 1","city":"Uppsala","postalCode":"75320"}],
                 "Email" : "x@y.example"}""";
        String masked = PersonalData.maskDocument(json);
        assertThat(masked).doesNotContain("Anna", "Berg", "Nan", "Bo Lind", "bo@lind", "020-123", "Storgatan",
                "x@y.example");
        assertThat(masked).contains("\"customerId\":\"C-1\"", "\"jobTitle\":\"Buyer\"", "\"city\":\"Uppsala\"",
                "\"postalCode\":\"75320\"", "\"name\":\"***\"", "\"Email\" : \"***\"");
    }

    @Test
    void masksElementsAndAttributesOfXmlWithOrWithoutPrefixes() {
        String xml = "<c:Customer xmlns:c=\"urn:x\"><c:customerId>C-1</c:customerId><c:name>Anna Berg</c:name>"
                + "<NAME1>Berg AB</NAME1><street>Storgatan 1</street><contact name='Bo Lind' role=\"buyer\">"
                + "<c:phone>+46 20 123 45 67</c:phone></contact></c:Customer>";
        String masked = PersonalData.maskDocument(xml);
        assertThat(masked).doesNotContain("Anna", "Berg", "Storgatan", "Bo Lind", "123 45");
        assertThat(masked).contains("<c:customerId>C-1</c:customerId>", "<c:name>***</c:name>", "<NAME1>***</NAME1>",
                "name='***'", "role=\"buyer\"");
    }

    @Test
    void masksABrokenDocumentToo() {
        String broken = "{\"name\":\"Anna Berg\",\"email\":\"anna@berg.example\", \"line1\": \"Storgatan 1\" ,,, <<";
        assertThat(PersonalData.maskDocument(broken)).doesNotContain("Anna", "anna@", "Storgatan");
    }

    @Test
    void masksEmailsAndInternationalPhonesInFreeTextButNotIdsOrTimes() {
        String text = "Customer C-000123 refused: contact anna.berg@example.com or +46 (0)20-123 45 67 at 2026-12-07 "
                + "10:15:00, order O-42 amount 1234.50";
        String masked = PersonalData.maskFreeText(text);
        assertThat(masked).doesNotContain("anna.berg", "123 45 67");
        assertThat(masked).contains("C-000123", "2026-12-07 10:15:00", "O-42", "1234.50");
    }

    @Test
    void leavesTextWithoutPersonalDataAlone() {
        String text = "route order-intake: 12 exchanges";
        assertThat(PersonalData.maskFreeText(text)).isSameAs(text);
        assertThat(PersonalData.maskDocument(null)).isNull();
    }
}
