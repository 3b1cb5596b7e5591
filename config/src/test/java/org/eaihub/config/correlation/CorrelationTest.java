package org.eaihub.config.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationTest {

    @Test
    void keepsUsableIdsAndRefusesOnesThatCouldForgeLogLines() {
        assertThat(Correlation.sanitize("order-4711:step.2_a")).isEqualTo("order-4711:step.2_a");
        assertThat(Correlation.sanitize(null)).isNull();
        assertThat(Correlation.sanitize(" ")).isNull();
        assertThat(Correlation.sanitize("a\nERROR forged")).isNull();
        assertThat(Correlation.sanitize("x\",\"level\":\"ERROR")).isNull();
        assertThat(Correlation.sanitize("x".repeat(64))).isNotNull();
        assertThat(Correlation.sanitize("x".repeat(65))).isNull();
        assertThat(Correlation.sanitize("-leading")).isNull();
        assertThat(Correlation.sanitize("ünicode")).isNull();
    }

    @Test
    void aScopeSetsTheIdsAndRestoresWhatWasThere() {
        try (Correlation.Scope outer = Correlation.open("outer", null)) {
            try (Correlation.Scope inner = Correlation.open("inner", "cause-1")) {
                assertThat(MDC.get(Correlation.CORRELATION_ID)).isEqualTo("inner");
                assertThat(MDC.get(Correlation.CAUSATION_ID)).isEqualTo("cause-1");
            }
            assertThat(MDC.get(Correlation.CORRELATION_ID)).isEqualTo("outer");
            assertThat(MDC.get(Correlation.CAUSATION_ID)).isNull();
        }
        assertThat(MDC.get(Correlation.CORRELATION_ID)).isNull();
    }

    @Test
    void aMissingOrUnusableIdStartsANewCorrelation() {
        try (Correlation.Scope scope = Correlation.open("bad id with spaces", null)) {
            assertThat(Correlation.current()).matches("[0-9a-f-]{36}");
        }
    }
}
