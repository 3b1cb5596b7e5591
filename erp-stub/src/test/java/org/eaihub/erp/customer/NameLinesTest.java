package org.eaihub.erp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.eaihub.config.seed.SeedData;
import org.junit.jupiter.api.Test;

class NameLinesTest {

    @Test
    void aShortNameFitsOnTheFirstLine() {
        assertThat(NameLines.split(" Wei Wang ")).isEqualTo(new NameLines.Lines("Wei Wang", null));
    }

    @Test
    void aLongNameContinuesOnTheSecondLineAtAWordBoundary() {
        NameLines.Lines lines = NameLines.split("Changjiang Import & Export Co. No.1000");

        assertThat(lines.name1()).isEqualTo("Changjiang Import & Export Co.");
        assertThat(lines.name2()).isEqualTo("No.1000");
    }

    @Test
    void aWordLongerThanALineIsCut() {
        NameLines.Lines lines = NameLines.split("X".repeat(40));

        assertThat(lines.name1()).hasSize(35);
        assertThat(lines.name2()).isEqualTo("XXXXX");
    }

    @Test
    void everySeedNameFitsTwoLinesAndReadsTheSameJoined() {
        for (SeedData.Customer customer : SeedData.customers()) {
            NameLines.Lines lines = NameLines.split(customer.name());
            assertThat(lines.name1()).hasSizeLessThanOrEqualTo(NameLines.LINE);
            String joined = lines.name2() == null ? lines.name1() : lines.name1() + " " + lines.name2();
            assertThat(joined).isEqualTo(customer.name());
        }
    }
}
