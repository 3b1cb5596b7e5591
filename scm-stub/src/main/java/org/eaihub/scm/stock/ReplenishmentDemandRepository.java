package org.eaihub.scm.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplenishmentDemandRepository extends JpaRepository<ReplenishmentDemand, Long> {

    Optional<ReplenishmentDemand> findFirstBySkuAndWarehouseAndStatus(String sku, String warehouse,
            ReplenishmentDemand.Status status);

    List<ReplenishmentDemand> findBySkuInAndStatus(Collection<String> skus, ReplenishmentDemand.Status status);
}
