package org.eaihub.crm.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerRepository extends JpaRepository<CustomerRecord, String>,
        JpaSpecificationExecutor<CustomerRecord> {

    @Query(value = "SELECT nextval('customer_number')", nativeQuery = true)
    long nextCustomerNumber();

    /** Live customers sharing a tax id, e-mail address or phone number with the given ones. */
    @Query("select c from CustomerRecord c where c.status <> org.eaihub.crm.customer.CustomerState.MERGED"
            + " and (c.taxId = :taxId or c.email = :email or c.phone = :phone)")
    List<CustomerRecord> findLiveByExactKeys(@Param("taxId") String taxId, @Param("email") String email,
            @Param("phone") String phone);

    /** Live customers with an address at the postal code: the candidates for fuzzy name and address matching. */
    @Query("select distinct c from CustomerRecord c join c.addresses a"
            + " where c.status <> org.eaihub.crm.customer.CustomerState.MERGED and a.postalCode = :postalCode")
    List<CustomerRecord> findLiveByPostalCode(@Param("postalCode") String postalCode);

    Optional<CustomerRecord> findByErpNumber(String erpNumber);

    /**
     * Frees a record's tax id and e-mail address (and, when asked, its ERP number) in the database ahead of a merge,
     * so that the survivor may take them over whatever order the flush writes the two records in.
     */
    @Modifying
    @Query("update CustomerRecord c set c.activeTaxId = null, c.activeEmail = null,"
            + " c.erpNumber = case when :releaseErpNumber = true then null else c.erpNumber end where c.id = :id")
    int releaseUniqueKeys(@Param("id") String id, @Param("releaseErpNumber") boolean releaseErpNumber);
}
