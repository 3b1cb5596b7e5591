package org.eaihub.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record PostalAddress(
        @Column(name = "type") String type,
        @Column(name = "line1") String line1,
        @Column(name = "line2") String line2,
        @Column(name = "city") String city,
        @Column(name = "region") String region,
        @Column(name = "postal_code") String postalCode,
        @Column(name = "country_code") String countryCode) {
}
