package org.eaihub.erp.numbering;

/**
 * One interval of a number range (SAP's NRIV): numbers from {@code from} to {@code to}, printed with leading
 * zeros to {@code digits} places. The ERP assigns them one after the other; an exhausted interval refuses
 * rather than wrapping around, because a number once given is never given again.
 */
public record NumberRangeInterval(long from, long to, int digits) {

    public NumberRangeInterval {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Invalid interval " + from + ".." + to);
        }
        if (digits < 1 || digits > 18 || String.valueOf(to).length() > digits) {
            throw new IllegalArgumentException("Interval " + from + ".." + to + " does not fit " + digits + " digits");
        }
    }

    /** The counter's value before the first number is given. */
    public long initialCounter() {
        return from - 1;
    }

    /** The number that follows the counter; {@link NumberRangeExhaustedException} when none is left. */
    public long next(long counter) {
        if (counter < initialCounter() || counter > to) {
            throw new IllegalStateException("Counter " + counter + " lies outside " + from + ".." + to);
        }
        if (counter == to) {
            throw new NumberRangeExhaustedException(from, to);
        }
        return counter + 1;
    }

    public boolean contains(long number) {
        return number >= from && number <= to;
    }

    /** The number as the ERP prints it, e.g. {@code 0010000042}. */
    public String format(long number) {
        if (!contains(number)) {
            throw new IllegalArgumentException(number + " lies outside " + from + ".." + to);
        }
        String text = Long.toString(number);
        return "0".repeat(digits - text.length()) + text;
    }

    /** Reads a printed number of this interval back. */
    public long parse(String text) {
        if (text == null || text.length() != digits || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a " + digits + "-digit number: " + text);
        }
        long number = Long.parseLong(text);
        if (!contains(number)) {
            throw new IllegalArgumentException(text + " lies outside " + from + ".." + to);
        }
        return number;
    }

    /** Thrown when every number of the interval has been given. */
    public static class NumberRangeExhaustedException extends IllegalStateException {
        public NumberRangeExhaustedException(long from, long to) {
            super("Number range interval " + from + ".." + to + " is exhausted");
        }
    }
}
