package org.eaihub.config.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per account name within a sliding window, and when they call for an alarm: the failure that brings
 * an account to the threshold within the window raises one, and a continuing attack raises at most one more per
 * window. It lives in one JVM, so the alarms are per application instance: failures spread over several instances
 * are counted on each separately. The number of accounts tracked is bounded (attackers pick the names), the oldest
 * ones are forgotten first.
 */
public class LoginFailureWindow {

    private final int threshold;
    private final Duration window;
    private final int maxAccounts;
    private final Map<String, Account> accounts = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Account {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lastAlarm;
    }

    public LoginFailureWindow(int threshold, Duration window, int maxAccounts) {
        if (threshold < 1 || window.isNegative() || window.isZero() || maxAccounts < 1) {
            throw new IllegalArgumentException("threshold and maxAccounts must be positive, window longer than 0");
        }
        this.threshold = threshold;
        this.window = window;
        this.maxAccounts = maxAccounts;
    }

    /**
     * Records one failed login of the account at the given time.
     *
     * @return the failures within the window when this one raises an alarm, otherwise 0
     */
    public synchronized int failed(String account, Instant at) {
        Account state = accounts.computeIfAbsent(account, a -> new Account());
        Instant from = at.minus(window);
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(from)) {
            state.failures.removeFirst();
        }
        state.failures.addLast(at);
        forgetBeyondCapacity();
        int count = state.failures.size();
        if (count >= threshold && (state.lastAlarm == null || !state.lastAlarm.isAfter(from))) {
            state.lastAlarm = at;
            return count;
        }
        return 0;
    }

    /** How many accounts have failures on record (bounded by maxAccounts). */
    public synchronized int trackedAccounts() {
        return accounts.size();
    }

    private void forgetBeyondCapacity() {
        Iterator<Map.Entry<String, Account>> eldest = accounts.entrySet().iterator();
        while (accounts.size() > maxAccounts && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * An account name as it may be logged and counted: printable characters only, at most 64 of them. The name is
     * what the client sent, so it may be anything; it is an account name, never a password.
     */
    public static String loggable(String name) {
        if (name == null || name.isEmpty()) {
            return "(none)";
        }
        // Account names are short lower-case words (admin, operator, crm-user...). Anything else typed into the user
        // field may be personal data (an e-mail address) or a mistyped password: it is never logged, only counted
        // under one placeholder.
        if (!ACCOUNT_NAME.matcher(name).matches()) {
            return "(not an account name)";
        }
        return name;
    }

    private static final java.util.regex.Pattern ACCOUNT_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_-]{0,31}");
}
