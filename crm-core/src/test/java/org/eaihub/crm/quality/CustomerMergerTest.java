package org.eaihub.crm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerState;
import org.eaihub.crm.customer.Grade;
import org.eaihub.crm.customer.Lifecycle;
import org.eaihub.crm.customer.PartyKind;
import org.eaihub.crm.customer.PostalAddress;
import org.eaihub.crm.customer.Visibility;
import org.junit.jupiter.api.Test;

class CustomerMergerTest {

    private static CustomerRecord record(String id, Instant modified) {
        CustomerRecord r = new CustomerRecord(id);
        r.setKind(PartyKind.ENTERPRISE);
        r.setName("Huaxin Trading " + id);
        r.setOwner("crm-user");
        r.setTeam("east");
        r.setLastModified(modified);
        return r;
    }

    private final CustomerRecord survivor = record("C-000001", Instant.parse("2026-01-01T00:00:00Z"));
    private final CustomerRecord duplicate = record("C-000002", Instant.parse("2026-06-01T00:00:00Z"));

    @Test
    void theSurvivorKeepsItsIdentityAndOwnerAndEmptyFieldsAreFilledFromTheDuplicate() {
        survivor.setIndustry("Retail");
        duplicate.setIndustry("Electronics");
        duplicate.setSalesRegion("East China");
        duplicate.setOwner("alice");

        var decisions = CustomerMerger.merge(survivor, duplicate);

        assertThat(survivor.getName()).isEqualTo("Huaxin Trading C-000001");
        assertThat(survivor.getOwner()).isEqualTo("crm-user");
        assertThat(survivor.getIndustry()).isEqualTo("Retail");
        assertThat(survivor.getSalesRegion()).isEqualTo("East China");
        assertThat(decisions).containsEntry("salesRegion", CustomerMerger.Source.DUPLICATE)
                .doesNotContainKey("industry");
    }

    @Test
    void contactDataComesFromTheRecordChangedLast() {
        survivor.setEmail("old@huaxin.example.com");
        duplicate.setEmail("new@huaxin.example.com");
        survivor.setPhone("+862100000001");

        var decisions = CustomerMerger.merge(survivor, duplicate);

        assertThat(survivor.getEmail()).isEqualTo("new@huaxin.example.com");
        assertThat(survivor.getPhone()).isEqualTo("+862100000001");
        assertThat(decisions).containsEntry("email", CustomerMerger.Source.DUPLICATE).doesNotContainKey("phone");
    }

    @Test
    void addressesAndNamedStaffAreCombinedWithoutRepeats() {
        survivor.setAddresses(List.of(new PostalAddress("BILLING", "88 Nanjing Road", null, "Shanghai", null,
                "200000", "CN")));
        duplicate.setAddresses(List.of(
                new PostalAddress("BILLING", "88  NANJING ROAD", null, "Shanghai", null, "200000", "CN"),
                new PostalAddress("SHIPPING", "5 Keji Road", null, "Shenzhen", null, "518000", "CN")));
        survivor.setRestrictedTo(Set.of("alice"));
        duplicate.setRestrictedTo(Set.of("bob"));
        duplicate.setVisibility(Visibility.RESTRICTED);

        var decisions = CustomerMerger.merge(survivor, duplicate);

        assertThat(survivor.getAddresses()).extracting(PostalAddress::postalCode).containsExactly("200000", "518000");
        assertThat(survivor.getRestrictedTo()).containsExactlyInAnyOrder("alice", "bob");
        assertThat(survivor.getVisibility()).as("the stricter visibility survives").isEqualTo(Visibility.RESTRICTED);
        assertThat(decisions).containsEntry("addresses", CustomerMerger.Source.COMBINED);
    }

    @Test
    void theStrongerCommercialFactsSurviveFromEitherSide() {
        survivor.setLifecycle(Lifecycle.POTENTIAL);
        duplicate.setLifecycle(Lifecycle.CURRENT);
        survivor.setGrade(Grade.ORDINARY);
        duplicate.setGrade(Grade.VIP);
        duplicate.setKeyAccount(true);
        duplicate.setStatus(CustomerState.BLACKLISTED);
        duplicate.setStatusReason("fraud case 2026-17");

        CustomerMerger.merge(survivor, duplicate);

        assertThat(survivor.getLifecycle()).isEqualTo(Lifecycle.CURRENT);
        assertThat(survivor.getGrade()).isEqualTo(Grade.VIP);
        assertThat(survivor.isKeyAccount()).isTrue();
        assertThat(survivor.getStatus()).isEqualTo(CustomerState.BLACKLISTED);
        assertThat(survivor.getStatusReason()).isEqualTo("fraud case 2026-17");
    }

    @Test
    void theErpsCreditAndNumberStayWithTheSurvivorUnlessItHasNone() {
        survivor.setCreditLimit(new BigDecimal("50000.00"));
        survivor.setCreditCurrency("CNY");
        duplicate.setCreditLimit(new BigDecimal("90000.00"));
        duplicate.setErpNumber("0010000042");

        var decisions = CustomerMerger.merge(survivor, duplicate);

        assertThat(survivor.getCreditLimit()).isEqualByComparingTo("50000.00");
        assertThat(survivor.getErpNumber()).isEqualTo("0010000042");
        assertThat(duplicate.getErpNumber()).as("moved, so that it stays unique").isNull();
        assertThat(decisions).containsEntry("credit", CustomerMerger.Source.SURVIVOR)
                .containsEntry("erpNumber", CustomerMerger.Source.DUPLICATE);
    }
}
