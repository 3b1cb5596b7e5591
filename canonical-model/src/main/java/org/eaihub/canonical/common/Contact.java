package org.eaihub.canonical.common;

import static org.eaihub.canonical.common.Patterns.EMAIL;
import static org.eaihub.canonical.common.Patterns.PHONE;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A way to reach a customer: the customer themself (an individual) or a named person at an enterprise. All fields
 * are personal data.
 *
 * @param name     the contact person's name; absent for an individual customer's own channels
 * @param jobTitle the contact person's role at the enterprise
 * @param email    e-mail address
 * @param phone    phone number
 * @param primary  whether this is the preferred contact
 */
public record Contact(
        @Size(min = 1, max = 200) String name,
        @Size(min = 1, max = 100) String jobTitle,
        @Pattern(regexp = EMAIL) String email,
        @Pattern(regexp = PHONE) String phone,
        Boolean primary) {
}
