package org.eaihub.erp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 1);
    private static final LocalDate DAY_TWO = LocalDate.of(2026, 1, 2);

    private static Customer customer() {
        return Customer.create("0010001001", CustomerFields.builder().name1("Wei Wang").city("Beijing").country("CN")
                .phone("+86 130 1").creditLimit(new BigDecimal("5000")).naturalPerson(true).build(), DAY_ONE, "HUB",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aNewCustomerGetsTheDefaults() {
        Customer customer = customer();

        assertThat(customer.accountGroup()).isEqualTo("0001");
        assertThat(customer.paymentTerms()).isEqualTo("0001");
        assertThat(customer.currency()).isEqualTo("CNY");
        assertThat(customer.creditLimit()).isEqualByComparingTo("5000.00").hasScaleOf(2);
        assertThat(customer.creditBlock()).isFalse();
        assertThat(customer.changedOn()).isNull();
    }

    @Test
    void aChangeNamesTheFieldsItReallyChangedAndStampsThem() {
        Customer customer = customer();
        Instant later = Instant.parse("2026-01-02T08:00:00Z");

        var changed = customer.apply(CustomerFields.builder().name1("Wei Wang").city("Shanghai").phone("")
                .creditLimit(new BigDecimal("5000.00")).creditBlock(true).build(), DAY_TWO, "CRM", later);

        assertThat(changed).containsExactly("ORT01", "TELF1", "CRBLB");
        assertThat(customer.city()).isEqualTo("Shanghai");
        assertThat(customer.phone()).isNull();
        assertThat(customer.creditBlock()).isTrue();
        assertThat(customer.changedOn()).isEqualTo(DAY_TWO);
        assertThat(customer.changedBy()).isEqualTo("CRM");
        assertThat(customer.lastChangedAt()).isEqualTo(later);
    }

    @Test
    void aChangeThatChangesNothingStampsNothing() {
        Customer customer = customer();

        var changed = customer.apply(CustomerFields.builder().name1("Wei Wang").build(), DAY_TWO, "CRM",
                Instant.parse("2026-01-02T08:00:00Z"));

        assertThat(changed).isEmpty();
        assertThat(customer.changedOn()).isNull();
        assertThat(customer.lastChangedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
