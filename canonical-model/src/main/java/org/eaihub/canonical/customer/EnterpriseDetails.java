package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What only an enterprise customer has.
 *
 * @param registrationNumber the company registration (or tax) number
 * @param industry           industry
 * @param foundedOn          founding date
 * @param employeeCount      number of employees
 * @param salesRegion        the sales region that serves the enterprise
 */
public record EnterpriseDetails(
        @Pattern(regexp = ID) String registrationNumber,
        @Size(min = 1, max = 100) String industry,
        LocalDate foundedOn,
        @PositiveOrZero Integer employeeCount,
        @Size(min = 1, max = 100) String salesRegion) {
}
