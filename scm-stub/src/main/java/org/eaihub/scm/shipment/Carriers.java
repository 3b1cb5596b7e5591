package org.eaihub.scm.shipment;

import java.util.Map;
import java.util.Optional;

/**
 * The carriers the SCM books and their tracking numbers: the carrier's two-letter prefix, a 12-digit serial
 * and a Luhn check digit ({@code SF0000000000075}), so a mistyped tracking number is recognisable.
 */
public final class Carriers {

    /** Carrier code to tracking-number prefix. */
    public static final Map<String, String> PREFIXES = Map.of(
            "SF-EXPRESS", "SF",
            "ZTO-EXPRESS", "ZT",
            "JD-LOGISTICS", "JD",
            "EMS", "EM");

    public static final String STANDARD = "STANDARD";
    public static final String EXPRESS = "EXPRESS";

    private Carriers() {
    }

    /** The requested carrier if the SCM books it, else the default of the service level; empty if unknown. */
    public static Optional<String> choose(String requested, String serviceLevel, String standardCarrier,
            String expressCarrier) {
        if (requested != null) {
            return PREFIXES.containsKey(requested) ? Optional.of(requested) : Optional.empty();
        }
        return Optional.of(EXPRESS.equals(serviceLevel) ? expressCarrier : standardCarrier);
    }

    public static String trackingNumber(String carrier, long serial) {
        String prefix = PREFIXES.get(carrier);
        if (prefix == null) {
            throw new IllegalArgumentException("Unknown carrier " + carrier);
        }
        if (serial < 0 || serial > 999_999_999_999L) {
            throw new IllegalArgumentException("A tracking serial has 12 digits at most");
        }
        String digits = String.format("%012d", serial);
        return prefix + digits + luhnCheckDigit(digits);
    }

    /** True if the digits after the prefix end in their Luhn check digit. */
    public static boolean isValid(String trackingNumber) {
        if (trackingNumber == null || !trackingNumber.matches("[A-Z]{2}[0-9]{13}")) {
            return false;
        }
        String digits = trackingNumber.substring(2, 14);
        return trackingNumber.charAt(14) - '0' == luhnCheckDigit(digits);
    }

    static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
