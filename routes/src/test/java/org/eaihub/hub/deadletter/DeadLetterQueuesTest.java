package org.eaihub.hub.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeadLetterQueuesTest {

    @Test
    void theBrokersDeclaredDeadLetterQueuesAreFound() {
        assertThat(DeadLetterQueues.declared()).contains("DLQ", "DLQ.hub.in.order", "DLQ.hub.in.customer",
                "DLQ.crm.customer.events").allMatch(q -> q.equals("DLQ") || q.startsWith("DLQ."))
                .doesNotHaveDuplicates().doesNotContain("hub.in.order", "ExpiryQueue");
    }

    @Test
    void aDocumentTypeIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<configuration><queue name=\"&e;\"/></configuration>";
        assertThatThrownBy(() -> DeadLetterQueues.declared(new ByteArrayInputStream(
                hostile.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class);
    }
}
