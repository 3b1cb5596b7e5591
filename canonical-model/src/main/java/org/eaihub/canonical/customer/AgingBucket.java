package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.AGING_BUCKET;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.eaihub.canonical.common.Money;

/**
 * One bucket of a customer's receivables aging: the open items whose document date lies between
 * {@code daysFrom} and {@code daysTo} days before the key date (the ERP's buckets 0-30, 31-60, 61-90, 90+).
 *
 * @param bucket     the bucket's name, e.g. {@code 0-30} or {@code 90+}
 * @param daysFrom   the youngest age in the bucket, in days
 * @param daysTo     the oldest age in the bucket, in days; absent for the open-ended last bucket
 * @param itemCount  how many open items fall into the bucket
 * @param openAmount the amount still open in the bucket
 */
public record AgingBucket(
        @NotNull @Pattern(regexp = AGING_BUCKET) String bucket,
        @NotNull @PositiveOrZero Integer daysFrom,
        @PositiveOrZero Integer daysTo,
        @NotNull @PositiveOrZero Integer itemCount,
        @NotNull @Valid Money openAmount) {
}
