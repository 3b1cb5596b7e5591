package org.eaihub.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record ContactPerson(
        @Column(name = "name") String name,
        @Column(name = "job_title") String jobTitle,
        @Column(name = "email") String email,
        @Column(name = "phone") String phone,
        @Column(name = "is_primary") boolean primary) {
}
