package org.eaihub.scm.stock;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WarehouseRepository extends JpaRepository<Warehouse, String> {

    List<Warehouse> findAllByOrderByPriorityAsc();

    /** Warehouse codes, first choice first. */
    default List<String> codesByPriority() {
        return findAllByOrderByPriorityAsc().stream().map(Warehouse::getCode).toList();
    }
}
