package org.eaihub.scm.stock;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShipToPartyRepository extends JpaRepository<ShipToParty, String> {
}
