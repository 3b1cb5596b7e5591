package org.eaihub.scm.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party the SCM ships to: an id and a city, nothing that names a person. */
@Entity
@Table(name = "ship_to_party")
public class ShipToParty {

    @Id
    @Column(name = "party_id")
    private String partyId;
    @Column(nullable = false)
    private String city;
    @Column(name = "country_code", nullable = false)
    private String countryCode;

    protected ShipToParty() {
    }

    public String getPartyId() {
        return partyId;
    }

    public String getCity() {
        return city;
    }
}
