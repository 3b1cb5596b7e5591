package org.eaihub.bench;

/**
 * One figure the harness reports: its name, unit, whether it is a ratio against a baseline measured in the same
 * run, and what it means (printed in the CSV, so a reader of the file alone knows what was measured).
 */
public record Figure(String name, String unit, boolean ratio, String meaning) {

    public static Figure ratio(String name, String meaning) {
        return new Figure(name, "x", true, meaning);
    }

    public static Figure absolute(String name, String unit, String meaning) {
        return new Figure(name, unit, false, meaning);
    }
}
