package org.eaihub.erp.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.receivables.ReceivablesAging;
import org.junit.jupiter.api.Test;

class ErpSeedTest {

    @Test
    void theSeededInvoicesFillEveryAgingBucket() {
        Set<ReceivablesAging.Bucket> buckets = EnumSet.noneOf(ReceivablesAging.Bucket.class);
        for (int index = ErpSeed.RECEIVABLE_EVERY; index <= SeedData.CUSTOMERS; index += ErpSeed.RECEIVABLE_EVERY) {
            buckets.add(ReceivablesAging.Bucket.of(ErpSeed.ageDays(index)));
        }
        assertThat(buckets).containsExactlyInAnyOrder(ReceivablesAging.Bucket.values());
    }

    @Test
    void agesAreTheSameOnEveryMachine() {
        assertThat(ErpSeed.ageDays(5)).isEqualTo(40);
        assertThat(ErpSeed.ageDays(10)).isEqualTo(75);
        assertThat(ErpSeed.ageDays(15)).isEqualTo(110);
        assertThat(ErpSeed.ageDays(20)).isEqualTo(23);
    }
}
