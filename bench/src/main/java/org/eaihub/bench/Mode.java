package org.eaihub.bench;

/**
 * How much each figure measures. Both modes run every figure at least three times (rounds), each round on a fresh
 * landscape; short mode only makes every run tiny (about six minutes on 2 cores, most of it landscape start-ups).
 *
 * @param rounds             runs of every figure; each round starts its own landscape
 * @param jmsWarmup          messages per shape (hub, raw) in one warm-up trial
 * @param jmsMaxWarmups      warm-up trials per shape at most: they repeat until both shapes' rates moved less than 10%
 *                           from the previous warm-up trial (the JIT of a 2-core machine takes its time)
 * @param jmsTrials          measured trials per shape in every round, raw and hub alternating
 * @param jmsMessages        messages per measured trial
 * @param memoryMessages     messages through the hub route before the landscape's RSS is read
 * @param codecEveryRound    true: one JMH fork per benchmark in every round (sample = the fork's score);
 *                           false: one fork in the first round only (samples = its measurement iterations)
 * @param codecWarmups       JMH warm-up iterations
 * @param codecIterations    JMH measurement iterations
 * @param codecIterationMillis length of one JMH iteration
 * @param gracefulStop       stop each round's landscape as Ctrl-C does (full) or with SIGKILL (short: it saves some
 *                           seconds a round, and a round's data directory is thrown away anyway)
 */
public record Mode(String name, int rounds, int jmsWarmup, int jmsMaxWarmups, int jmsTrials, int jmsMessages,
        int memoryMessages,
        boolean codecEveryRound, int codecWarmups, int codecIterations, int codecIterationMillis,
        boolean gracefulStop) {

    public static final Mode SHORT = new Mode("short", 3, 200, 1, 1, 500, 300, false, 4, 3, 250, false);
    public static final Mode FULL = new Mode("full", 5, 2000, 6, 5, 3000, 10_000, true, 12, 5, 1000, true);

    public static Mode of(String name) {
        return switch (name) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--mode is short or full, not " + name);
        };
    }

    public Mode withJms(int warmup, int maxWarmups, int trials, int messages) {
        return new Mode(name, rounds, warmup, maxWarmups, trials, messages, memoryMessages, codecEveryRound,
                codecWarmups, codecIterations, codecIterationMillis, gracefulStop);
    }

    public Mode withRounds(int value) {
        return new Mode(name, value, jmsWarmup, jmsMaxWarmups, jmsTrials, jmsMessages, memoryMessages,
                codecEveryRound, codecWarmups, codecIterations, codecIterationMillis, gracefulStop);
    }
}
