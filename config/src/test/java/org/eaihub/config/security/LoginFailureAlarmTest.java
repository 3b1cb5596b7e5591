package org.eaihub.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

class LoginFailureAlarmTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LoginFailureAlarm.class);
    private LoginFailureAlarm alarm;

    @BeforeEach
    void setUp() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("registry", registry);
        alarm = new LoginFailureAlarm(new LoginFailureWindow(5, Duration.ofSeconds(60), 100),
                beans.getBeanProvider(MeterRegistry.class), Clock.systemUTC());
        alarm.afterSingletonsInstantiated();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(log);
    }

    private void failedLogin(String user, String password) {
        alarm.onApplicationEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(user, password),
                new BadCredentialsException("Bad credentials")));
    }

    @Test
    void countersReadZeroBeforeAnyFailure() {
        assertThat(registry.get(LoginFailureAlarm.FAILURES_METER).counter().count()).isZero();
        assertThat(registry.get(LoginFailureAlarm.ALARMS_METER).counter().count()).isZero();
    }

    @Test
    void sixWrongPasswordsCountSixFailuresAndOneAlarmLoggedOnceWithoutThePassword() {
        for (int i = 0; i < 6; i++) {
            failedLogin("operator", "secret-guess-" + i);
        }

        assertThat(registry.get(LoginFailureAlarm.FAILURES_METER).counter().count()).isEqualTo(6);
        assertThat(registry.get(LoginFailureAlarm.ALARMS_METER).counter().count()).isEqualTo(1);
        List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel().toString().equals("WARN")).toList();
        assertThat(warnings).hasSize(1);
        ILoggingEvent event = warnings.get(0);
        assertThat(event.getFormattedMessage()).contains("operator").doesNotContain("secret-guess");
        assertThat(event.getKeyValuePairs()).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo("event.category");
            assertThat(kv.value).isEqualTo("security");
        });
        assertThat(event.getKeyValuePairs()).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo("user.name");
            assertThat(kv.value).isEqualTo("operator");
        });
        assertThat(event.getKeyValuePairs()).noneSatisfy(kv -> assertThat(String.valueOf(kv.value))
                .contains("secret-guess"));
    }
}
