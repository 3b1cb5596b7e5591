package org.eaihub.canonical.common;

import static org.eaihub.canonical.common.Patterns.CURRENCY_CODE;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * An amount of money: an exact decimal and its ISO 4217 currency. Amounts keep their scale on the wire
 * ({@code 10.50} stays {@code 10.50}) and are never written in exponent notation.
 *
 * @param amount   the amount, at most 18 integer and 6 fraction digits; may be negative (credits, refunds)
 * @param currency the ISO 4217 currency code
 */
public record Money(
        @NotNull @Digits(integer = 18, fraction = 6) BigDecimal amount,
        @NotNull @Pattern(regexp = CURRENCY_CODE) String currency) {

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
