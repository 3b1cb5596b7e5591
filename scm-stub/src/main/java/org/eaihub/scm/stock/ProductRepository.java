package org.eaihub.scm.stock;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, String> {

    @Query("select p.sku from Product p where p.sku in :skus")
    Set<String> knownSkus(@Param("skus") Collection<String> skus);
}
