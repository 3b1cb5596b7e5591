package org.eaihub.erp.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CreditCheckTest {

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anOrderWithinTheLimitIsApproved() {
        CreditCheck.Decision decision = CreditCheck.check(amount("10000"), false, amount("6000"), amount("3999.99"));

        assertThat(decision.approved()).isTrue();
        assertThat(decision.reason().code()).isEqualTo("00");
        assertThat(decision.exposure()).isEqualByComparingTo("9999.99");
        assertThat(decision.text("0010000001", "CNY"))
                .isEqualTo("Credit check passed: exposure 9999.99 within credit limit 10000.00 CNY");
    }

    @Test
    void anExposureExactlyAtTheLimitIsStillApproved() {
        assertThat(CreditCheck.check(amount("10000"), false, amount("6000"), amount("4000")).approved()).isTrue();
    }

    @Test
    void oneCentAboveTheLimitIsBlocked() {
        CreditCheck.Decision decision = CreditCheck.check(amount("10000"), false, amount("6000"), amount("4000.01"));

        assertThat(decision.status()).isEqualTo(CreditCheck.Status.BLOCKED);
        assertThat(decision.reason().code()).isEqualTo("01");
        assertThat(decision.text("0010000001", "CNY")).contains("10000.01", "10000.00");
    }

    @Test
    void aBlockedCustomerPassesNoCheck() {
        CreditCheck.Decision decision = CreditCheck.check(amount("1000000"), true, BigDecimal.ZERO, amount("1"));

        assertThat(decision.status()).isEqualTo(CreditCheck.Status.BLOCKED);
        assertThat(decision.reason().code()).isEqualTo("02");
        assertThat(decision.text("0010000097", "CNY")).contains("0010000097", "blocked");
    }

    @Test
    void withoutACreditLimitOnlyOrdersWithoutValuePass() {
        assertThat(CreditCheck.check(BigDecimal.ZERO, false, BigDecimal.ZERO, amount("0.01")).reason().code())
                .isEqualTo("03");
        assertThat(CreditCheck.check(BigDecimal.ZERO, false, BigDecimal.ZERO, BigDecimal.ZERO).approved()).isTrue();
    }

    @Test
    void creditsOnAccountLowerTheExposure() {
        assertThat(CreditCheck.check(amount("100"), false, amount("-50"), amount("150")).approved()).isTrue();
    }

    @Test
    void theStandingStatusLooksAtReceivablesAndTheBlockOnly() {
        assertThat(CreditCheck.standing(amount("100"), false, amount("100")).approved()).isTrue();
        assertThat(CreditCheck.standing(amount("100"), false, amount("100.01")).reason())
                .isEqualTo(CreditCheck.Reason.LIMIT_EXCEEDED);
        assertThat(CreditCheck.standing(amount("100"), true, BigDecimal.ZERO).reason())
                .isEqualTo(CreditCheck.Reason.BLOCKED);
    }
}
