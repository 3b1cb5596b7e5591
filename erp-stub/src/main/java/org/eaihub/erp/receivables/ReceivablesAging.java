package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eaihub.erp.common.Money;

/**
 * Ages open items at a key date by the days since their document date, into four buckets: 0-30, 31-60,
 * 61-90 and more than 90 days. Credits on account age like any item, so a bucket sums to what is really
 * owed for that age. Items dated after the key date are not open yet at it and are left out.
 */
public final class ReceivablesAging {

    public enum Bucket {
        DAYS_0_30("0-30", 0, 30),
        DAYS_31_60("31-60", 31, 60),
        DAYS_61_90("61-90", 61, 90),
        DAYS_OVER_90("90+", 91, null);

        private final String label;
        private final int from;
        private final Integer to;

        Bucket(String label, int from, Integer to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() { return label; }
        public int from() { return from; }
        /** The last day of the bucket; null for the open-ended one. */
        public Integer to() { return to; }

        public static Bucket of(long ageDays) {
            if (ageDays < 0) {
                throw new IllegalArgumentException("An item dated after the key date has no age: " + ageDays);
            }
            for (Bucket bucket : values()) {
                if (bucket.to == null || ageDays <= bucket.to) {
                    return bucket;
                }
            }
            throw new AssertionError("The last bucket is open-ended");
        }
    }

    /** An open item as aging sees it. */
    public record Item(LocalDate documentDate, BigDecimal openAmount) {
    }

    public record BucketTotal(Bucket bucket, int count, BigDecimal amount) {
    }

    /** The four buckets in order (empty ones with zero), and their total. */
    public record Result(LocalDate keyDate, List<BucketTotal> buckets, BigDecimal total) {
    }

    private ReceivablesAging() {
    }

    public static long ageDays(LocalDate documentDate, LocalDate keyDate) {
        return ChronoUnit.DAYS.between(documentDate, keyDate);
    }

    public static Result age(Collection<Item> items, LocalDate keyDate) {
        Map<Bucket, int[]> counts = new EnumMap<>(Bucket.class);
        Map<Bucket, BigDecimal> sums = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            counts.put(bucket, new int[1]);
            sums.put(bucket, Money.ZERO);
        }
        BigDecimal total = Money.ZERO;
        for (Item item : items) {
            long age = ageDays(item.documentDate(), keyDate);
            if (age < 0 || item.openAmount().signum() == 0) {
                continue;
            }
            Bucket bucket = Bucket.of(age);
            counts.get(bucket)[0]++;
            sums.merge(bucket, Money.of(item.openAmount()), BigDecimal::add);
            total = total.add(Money.of(item.openAmount()));
        }
        List<BucketTotal> buckets = new ArrayList<>();
        for (Bucket bucket : Bucket.values()) {
            buckets.add(new BucketTotal(bucket, counts.get(bucket)[0], sums.get(bucket)));
        }
        return new Result(keyDate, List.copyOf(buckets), total);
    }
}
