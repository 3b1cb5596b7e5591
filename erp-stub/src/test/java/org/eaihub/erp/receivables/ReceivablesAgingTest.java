package org.eaihub.erp.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eaihub.erp.receivables.ReceivablesAging.Bucket;
import org.junit.jupiter.api.Test;

class ReceivablesAgingTest {

    private static final LocalDate KEY_DATE = LocalDate.of(2026, 11, 23);

    private static ReceivablesAging.Item item(int ageDays, String amount) {
        return new ReceivablesAging.Item(KEY_DATE.minusDays(ageDays), new BigDecimal(amount));
    }

    @Test
    void bucketBoundaries() {
        assertThat(Bucket.of(0)).isEqualTo(Bucket.DAYS_0_30);
        assertThat(Bucket.of(30)).isEqualTo(Bucket.DAYS_0_30);
        assertThat(Bucket.of(31)).isEqualTo(Bucket.DAYS_31_60);
        assertThat(Bucket.of(60)).isEqualTo(Bucket.DAYS_31_60);
        assertThat(Bucket.of(61)).isEqualTo(Bucket.DAYS_61_90);
        assertThat(Bucket.of(90)).isEqualTo(Bucket.DAYS_61_90);
        assertThat(Bucket.of(91)).isEqualTo(Bucket.DAYS_OVER_90);
        assertThat(Bucket.of(5000)).isEqualTo(Bucket.DAYS_OVER_90);
        assertThatThrownBy(() -> Bucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemsAreCountedAndSummedPerBucket() {
        ReceivablesAging.Result result = ReceivablesAging.age(List.of(item(0, "100.00"), item(30, "50.50"),
                item(31, "10"), item(75, "1.25"), item(91, "1000"), item(400, "1")), KEY_DATE);

        assertThat(result.buckets()).extracting(b -> b.bucket().label()).containsExactly("0-30", "31-60", "61-90",
                "90+");
        assertThat(result.buckets()).extracting(ReceivablesAging.BucketTotal::count).containsExactly(2, 1, 1, 2);
        assertThat(result.buckets().get(0).amount()).isEqualByComparingTo("150.50");
        assertThat(result.buckets().get(3).amount()).isEqualByComparingTo("1001.00");
        assertThat(result.total()).isEqualByComparingTo("1162.75");
    }

    @Test
    void emptyBucketsAreReportedWithZero() {
        ReceivablesAging.Result result = ReceivablesAging.age(List.of(), KEY_DATE);

        assertThat(result.buckets()).hasSize(4).allSatisfy(b -> {
            assertThat(b.count()).isZero();
            assertThat(b.amount()).isEqualByComparingTo("0");
        });
    }

    @Test
    void itemsDatedAfterTheKeyDateAndClearedItemsAreLeftOut() {
        ReceivablesAging.Result result = ReceivablesAging.age(List.of(item(-1, "99"), item(10, "0"), item(10, "5")),
                KEY_DATE);

        assertThat(result.total()).isEqualByComparingTo("5");
        assertThat(result.buckets().get(0).count()).isEqualTo(1);
    }

    @Test
    void creditsOnAccountReduceTheirBucket() {
        ReceivablesAging.Result result = ReceivablesAging.age(List.of(item(5, "100"), item(7, "-40")), KEY_DATE);

        assertThat(result.buckets().get(0).amount()).isEqualByComparingTo("60");
        assertThat(result.buckets().get(0).count()).isEqualTo(2);
    }
}
