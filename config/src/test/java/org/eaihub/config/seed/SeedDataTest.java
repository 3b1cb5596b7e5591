package org.eaihub.config.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.junit.jupiter.api.Test;

class SeedDataTest {

    @Test
    void theSameSeedGivesTheSameData() {
        assertThat(SeedData.customers()).isEqualTo(SeedData.customers());
        assertThat(SeedData.products()).isEqualTo(SeedData.products());
        assertThat(SeedData.stock()).isEqualTo(SeedData.stock());
    }

    @Test
    void customersHaveUniqueIdsInEverySystemAndNoSharedTaxIdOrEmail() {
        var customers = SeedData.customers();
        assertThat(customers).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(customers).extracting(SeedData.Customer::crmId).doesNotHaveDuplicates();
        assertThat(customers).extracting(SeedData.Customer::erpNumber).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\d{10}"));
        assertThat(customers).extracting(SeedData.Customer::scmPartyId).doesNotHaveDuplicates();
        assertThat(customers).extracting(SeedData.Customer::email).doesNotHaveDuplicates();
        assertThat(customers.stream().map(SeedData.Customer::taxId).filter(Objects::nonNull)).doesNotHaveDuplicates();
        assertThat(customers).extracting(SeedData.Customer::kind).contains(SeedData.CustomerKind.values());
    }

    @Test
    void everyProductIsStockedInEveryWarehouseAndSomeAreBelowTheirReorderPoint() {
        assertThat(SeedData.products()).hasSizeGreaterThanOrEqualTo(200)
                .extracting(SeedData.Product::sku).doesNotHaveDuplicates();
        assertThat(SeedData.WAREHOUSES).hasSize(3);
        assertThat(SeedData.stock()).hasSize(SeedData.products().size() * 3);
        assertThat(SeedData.stock()).anyMatch(s -> s.onHand() < s.reorderPoint());
    }
}
