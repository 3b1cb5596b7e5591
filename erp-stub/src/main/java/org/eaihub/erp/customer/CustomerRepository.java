package org.eaihub.erp.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, String> {

    List<Customer> findByTaxNumberOrderByNumber(String taxNumber);

    /** A page of customers after the given number, in number order. */
    List<Customer> findByNumberGreaterThanOrderByNumber(String number, org.springframework.data.domain.Pageable page);
}
