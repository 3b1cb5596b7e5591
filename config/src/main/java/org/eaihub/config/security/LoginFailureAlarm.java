package org.eaihub.config.security;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;

/**
 * Watches failed logins (HTTP Basic, and the hub's WS-Security UsernameTokens, through Spring Security's
 * authentication events) and raises a security alarm when one account name fails too often within the window: one
 * WARN log event ({@code event.category} security, the account name, never the password) and
 * {@code eaihub_security_alarms_total}. Every failure counts in
 * {@code eaihub_security_login_failures_total}. The counters carry no account name: attackers choose the names, and
 * each would become a time series. Alarms are per instance (see {@link LoginFailureWindow}).
 */
public class LoginFailureAlarm implements ApplicationListener<AbstractAuthenticationFailureEvent>,
        SmartInitializingSingleton {

    static final String FAILURES_METER = "eaihub.security.login.failures";
    static final String ALARMS_METER = "eaihub.security.alarms";
    private static final Logger LOG = LoggerFactory.getLogger(LoginFailureAlarm.class);

    private final LoginFailureWindow window;
    private final ObjectProvider<MeterRegistry> registry;
    private final Clock clock;
    private volatile Counter failures;
    private volatile Counter alarms;

    public LoginFailureAlarm(LoginFailureWindow window, ObjectProvider<MeterRegistry> registry, Clock clock) {
        this.window = window;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationFailureEvent event) {
        String account = LoginFailureWindow.loggable(event.getAuthentication().getName());
        increment(false);
        int count = window.failed(account, clock.instant());
        if (count > 0) {
            increment(true);
            LOG.atWarn().addKeyValue("event.category", "security").addKeyValue("event.action", "login-failures")
                    .addKeyValue("user.name", account).addKeyValue("event.count", count)
                    .log("Security alarm: {} failed logins for account {} within the alarm window", count, account);
        }
    }

    /** Registers both counters at start-up, so that they read 0 before the first failure. */
    @Override
    public void afterSingletonsInstantiated() {
        registerCounters();
    }

    private synchronized void registerCounters() {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null && failures == null) {
            failures = Counter.builder(FAILURES_METER)
                    .description("Failed logins (HTTP Basic, WS-Security UsernameToken)").register(meters);
            alarms = Counter.builder(ALARMS_METER)
                    .description("Security alarms: one account name failed to log in too often").register(meters);
        }
    }

    private void increment(boolean alarm) {
        if (failures == null) {
            registerCounters();
        }
        Counter counter = alarm ? alarms : failures;
        if (counter != null) {
            counter.increment();
        }
    }
}
