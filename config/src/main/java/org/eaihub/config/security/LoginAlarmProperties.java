package org.eaihub.config.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When repeated failed logins raise a security alarm: {@code threshold} failures of one account name within
 * {@code window}; at most {@code maxAccounts} account names are tracked at a time.
 */
@ConfigurationProperties("eaihub.security.alarm")
public record LoginAlarmProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") int threshold,
        @DefaultValue("60s") Duration window, @DefaultValue("10000") int maxAccounts) {
}
