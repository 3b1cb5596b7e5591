package org.eaihub.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eaihub.crm.access.Staff;
import org.eaihub.crm.customer.ContactPerson;
import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerRepository;
import org.eaihub.crm.customer.CustomerSearch;
import org.eaihub.crm.customer.CustomerState;
import org.eaihub.crm.customer.Lifecycle;
import org.eaihub.crm.customer.PartyKind;
import org.eaihub.crm.customer.PostalAddress;
import org.eaihub.crm.customer.Visibility;
import org.eaihub.crm.history.ConsumptionEvent;
import org.eaihub.crm.history.ConsumptionEventRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CRM's persistence as the database enforces it: run on the embedded database and on a real PostgreSQL
 * by the subclasses, with the same Flyway migrations.
 */
abstract class CustomerRepositoryContract {

    @Autowired
    CustomerRepository customers;

    @Autowired
    ConsumptionEventRepository history;

    @Autowired
    JdbcTemplate jdbc;

    private CustomerRecord customer(String email, String taxId) {
        CustomerRecord r = new CustomerRecord(String.format("C-%06d", customers.nextCustomerNumber()));
        r.setKind(PartyKind.ENTERPRISE);
        r.setName("Contract Test " + r.getId());
        r.setNameKey("contract test " + r.getId().toLowerCase());
        r.setEmail(email);
        r.setTaxId(taxId);
        r.setLifecycle(Lifecycle.CURRENT);
        r.setOwner("alice");
        r.setTeam("west");
        r.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
        r.setLastModified(Instant.now().truncatedTo(ChronoUnit.MICROS));
        return r;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCustomerRoundTripsWithItsAddressesContactsAndNamedStaff() {
        CustomerRecord saved = customer(unique() + "@example.com", null);
        saved.setAddresses(List.of(new PostalAddress("BILLING", "1 Renmin Road", null, "Wuhan", "Hubei", "430000",
                "CN"), new PostalAddress("SHIPPING", "2 Keji Road", "Unit 5", "Wuhan", null, "430001", "CN")));
        saved.setContacts(List.of(new ContactPerson("Li Wei", "Buyer", "li@example.com", "+8613800138000", true)));
        saved.setRestrictedTo(Set.of("bob"));
        saved.setCreditLimit(new BigDecimal("123456.78"));
        saved.setCreditCurrency("CNY");
        customers.saveAndFlush(saved);

        CustomerRecord read = customers.findById(saved.getId()).orElseThrow();
        assertThat(read.getAddresses()).extracting(PostalAddress::postalCode).containsExactly("430000", "430001");
        assertThat(read.getContacts()).singleElement().extracting(ContactPerson::primary).isEqualTo(true);
        assertThat(read.getRestrictedTo()).containsExactly("bob");
        assertThat(read.getCreditLimit()).isEqualByComparingTo("123456.78");
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void twoLiveCustomersCannotShareAnEmailAddress() {
        String email = unique() + "@example.com";
        customers.saveAndFlush(customer(email, null));

        assertThatThrownBy(() -> customers.saveAndFlush(customer(email, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoLiveCustomersCannotShareATaxId() {
        String taxId = "T" + unique();
        customers.saveAndFlush(customer(null, taxId));

        assertThatThrownBy(() -> customers.saveAndFlush(customer(null, taxId)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aMergedCustomerReleasesItsEmailAndTaxId() {
        String email = unique() + "@example.com";
        String taxId = "T" + unique();
        CustomerRecord first = customers.saveAndFlush(customer(email, taxId));
        first.setStatus(CustomerState.MERGED);
        customers.saveAndFlush(first);

        CustomerRecord second = customers.saveAndFlush(customer(email, taxId));

        assertThat(customers.findLiveByExactKeys(taxId, null, null)).extracting(CustomerRecord::getId)
                .containsExactly(second.getId());
    }

    @Test
    void customerNumbersComeFromASequence() {
        long a = customers.nextCustomerNumber();
        long b = customers.nextCustomerNumber();
        assertThat(b).isGreaterThan(a).isGreaterThan(1000);
    }

    @Test
    void candidatesForMatchingAreTheLiveCustomersAtAPostalCode() {
        String postal = "9" + unique().substring(0, 5);
        CustomerRecord live = customer(null, null);
        live.setAddresses(List.of(new PostalAddress("BILLING", "1 Road", null, "City", null, postal, "CN")));
        CustomerRecord merged = customer(null, null);
        merged.setAddresses(List.of(new PostalAddress("BILLING", "1 Road", null, "City", null, postal, "CN")));
        merged.setStatus(CustomerState.MERGED);
        customers.saveAndFlush(live);
        customers.saveAndFlush(merged);

        assertThat(customers.findLiveByPostalCode(postal)).extracting(CustomerRecord::getId)
                .containsExactly(live.getId());
    }

    @Test
    void restrictedRecordsAreFoundOnlyByTheirOwnerTeamAndNamedStaff() {
        String u = unique();
        CustomerRecord restricted = customer(null, null);
        restricted.setName("Restricted " + u);
        restricted.setNameKey("restricted " + u);
        restricted.setVisibility(Visibility.RESTRICTED);
        restricted.setRestrictedTo(Set.of("carol"));
        customers.saveAndFlush(restricted);
        CustomerSearch search = new CustomerSearch(u, null, null, null, null, null, null, null, false);

        for (Staff staff : List.of(new Staff("alice", Set.of("CRM_USER"), null),
                new Staff("dave", Set.of("CRM_USER"), "west"), new Staff("carol", Set.of("CRM_USER"), "east"))) {
            assertThat(customers.findAll(Specification.allOf(search.toSpecification(), CustomerSearch.visibleTo(staff))))
                    .as(staff.username()).hasSize(1);
        }
        Staff outsider = new Staff("bob", Set.of("CRM_USER"), "east");
        assertThat(customers.findAll(Specification.allOf(search.toSpecification(), CustomerSearch.visibleTo(outsider))))
                .isEmpty();
    }

    @Test
    void aConsumptionEventIsStoredOnceByItsEventId() {
        CustomerRecord owner = customers.saveAndFlush(customer(null, null));
        String eventId = "evt-" + unique();
        history.saveAndFlush(new ConsumptionEvent(eventId, owner.getId(), ConsumptionEvent.Kind.INVOICE, "INV-1", null,
                BigDecimal.TEN, "CNY", "ERP", Instant.now()));

        assertThatThrownBy(() -> history.saveAndFlush(new ConsumptionEvent(eventId, owner.getId(),
                ConsumptionEvent.Kind.INVOICE, "INV-1", null, BigDecimal.TEN, "CNY", "ERP", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theOutboxRelaysBatchQueryRunsHere() {
        jdbc.update("INSERT INTO outbox_message (message_id, destination, payload, created_at) VALUES (?, ?, ?, ?)",
                unique(), "crm.customer.events", "{}", java.sql.Timestamp.from(Instant.now()));
        assertThat(jdbc.queryForList(org.eaihub.config.outbox.OutboxRelay.batchQuery(10))).isNotEmpty();
    }
}
