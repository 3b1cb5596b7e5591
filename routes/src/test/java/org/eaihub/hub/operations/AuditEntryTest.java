package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.eaihub.hub.operations.AuditEntry.Outcome;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void textsAreBoundedAndPrintable() {
        AuditEntry entry = AuditEntry.of(AT, " operator\n", "route.suspend", "order-intake\r\n", Outcome.OK,
                "x".repeat(5000), "1@host");

        assertThat(entry.actor()).isEqualTo("operator");
        assertThat(entry.target()).isEqualTo("order-intake");
        assertThat(entry.detail()).hasSize(AuditEntry.DETAIL_LENGTH).endsWith("…");
        assertThat(entry.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void missingTextsAreNamedNotNull() {
        AuditEntry entry = AuditEntry.of(AT, null, " ", null, Outcome.REFUSED, null, "1@host");

        assertThat(entry.actor()).isEqualTo("(unknown)");
        assertThat(entry.action()).isEqualTo("(none)");
        assertThat(entry.target()).isEqualTo("-");
        assertThat(entry.detail()).isNull();
    }
}
