package org.eaihub.canonical.common;

import static org.eaihub.canonical.common.Patterns.REASON_CODE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why something was rejected or modified: a code for machines and a text for people.
 *
 * @param code        e.g. {@code CREDIT_LIMIT_EXCEEDED}, {@code OUT_OF_STOCK}
 * @param description human-readable explanation
 */
public record Reason(
        @NotNull @Pattern(regexp = REASON_CODE) String code,
        @Size(min = 1, max = 500) String description) {
}
