package org.eaihub.erp.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, String> {

    List<Customer> findByTaxNumberOrderByNumber(String taxNumber);
}
