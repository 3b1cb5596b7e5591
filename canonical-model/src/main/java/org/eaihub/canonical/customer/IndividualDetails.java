package org.eaihub.canonical.customer;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What only an individual customer has (personal data).
 *
 * @param givenName  given name
 * @param familyName family name
 * @param birthDate  date of birth
 */
public record IndividualDetails(
        @Size(min = 1, max = 100) String givenName,
        @Size(min = 1, max = 100) String familyName,
        LocalDate birthDate) {
}
