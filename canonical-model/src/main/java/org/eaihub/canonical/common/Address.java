package org.eaihub.canonical.common;

import static org.eaihub.canonical.common.Patterns.COUNTRY_CODE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address (personal data).
 *
 * @param type        what the address is used for
 * @param line1       street and number
 * @param line2       further address line
 * @param city        city name
 * @param region      state, province or region
 * @param postalCode  postal code
 * @param countryCode ISO 3166-1 alpha-2 country code
 */
public record Address(
        @NotNull AddressType type,
        @NotNull @Size(min = 1, max = 200) String line1,
        @Size(min = 1, max = 200) String line2,
        @NotNull @Size(min = 1, max = 100) String city,
        @Size(min = 1, max = 100) String region,
        @Size(min = 1, max = 20) String postalCode,
        @NotNull @Pattern(regexp = COUNTRY_CODE) String countryCode) {
}
