package org.eaihub.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginFailureWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginFailureWindow window = new LoginFailureWindow(5, Duration.ofSeconds(60), 3);

    private int fail(String account, int second) {
        return window.failed(account, T0.plusSeconds(second));
    }

    @Test
    void theFifthFailureWithinTheWindowRaisesOneAlarmAndTheSixthNone() {
        for (int i = 0; i < 4; i++) {
            assertThat(fail("operator", i)).isZero();
        }
        assertThat(fail("operator", 4)).isEqualTo(5);
        assertThat(fail("operator", 5)).as("same burst: no second alarm").isZero();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            fail("operator", i * 20);
        }
        assertThat(fail("operator", 80)).as("failures at 0 and 20 s have left the window").isZero();
    }

    @Test
    void accountsAreCountedSeparately() {
        for (int i = 0; i < 4; i++) {
            fail("operator", i);
            fail("admin", i);
        }
        assertThat(fail("crm-user", 5)).isZero();
        assertThat(fail("admin", 5)).isEqualTo(5);
    }

    @Test
    void aContinuingAttackRaisesAtMostOneAlarmPerWindow() {
        int alarms = 0;
        for (int second = 0; second < 180; second++) {
            if (fail("admin", second) > 0) {
                alarms++;
            }
        }
        assertThat(alarms).isEqualTo(3);
    }

    @Test
    void theNumberOfAccountsTrackedIsBounded() {
        for (int i = 0; i < 100; i++) {
            fail("guess-" + i, i);
        }
        assertThat(window.trackedAccounts()).isEqualTo(3);
    }

    @Test
    void onlyAccountNamesAreLoggedNeverWhatElseWasTypedIntoTheUserField() {
        assertThat(LoginFailureWindow.loggable("crm-user")).isEqualTo("crm-user");
        assertThat(LoginFailureWindow.loggable("zhang.wei@example.com")).isEqualTo("(not an account name)");
        assertThat(LoginFailureWindow.loggable("op\nerator\u0000")).isEqualTo("(not an account name)");
        assertThat(LoginFailureWindow.loggable("x".repeat(500))).isEqualTo("(not an account name)");
        assertThat(LoginFailureWindow.loggable(null)).isEqualTo("(none)");
    }
}
