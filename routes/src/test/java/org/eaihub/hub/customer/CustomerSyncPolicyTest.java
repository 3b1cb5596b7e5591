package org.eaihub.hub.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerGrade;
import org.junit.jupiter.api.Test;

class CustomerSyncPolicyTest {

    private final Customer v3 = Fixtures.haier().toBuilder().version(3L).build();

    @Test
    void aNewerVersionWithAChangeForTheErpApplies() {
        var policy = new CustomerSyncPolicy(2, FieldOwnership.fingerprint(FieldOwnership.Owner.CRM,
                v3.toBuilder().name("Old name").build()));
        assertThat(policy.decide(v3)).isEqualTo(SyncDecision.APPLY);
        assertThat(CustomerSyncPolicy.none().decide(v3)).isEqualTo(SyncDecision.APPLY);
    }

    @Test
    void anOlderOrEqualVersionIsStale() {
        assertThat(new CustomerSyncPolicy(3, null).decide(v3)).isEqualTo(SyncDecision.STALE);
        assertThat(new CustomerSyncPolicy(7, null).decide(v3)).isEqualTo(SyncDecision.STALE);
    }

    @Test
    void aNewVersionThatOnlyMirrorsTheErpsOwnFieldsIsAnEcho() {
        String written = FieldOwnership.fingerprint(FieldOwnership.Owner.CRM, v3);
        Customer creditMirrored = v3.toBuilder().version(4L).creditGrade("BB").creditLimit(Money.of("1.00", "CNY"))
                .build();

        assertThat(new CustomerSyncPolicy(3, written).decide(creditMirrored)).isEqualTo(SyncDecision.ECHO);
        CustomerGrade otherGrade = v3.grade() == CustomerGrade.SMALL ? CustomerGrade.VIP : CustomerGrade.SMALL;
        assertThat(new CustomerSyncPolicy(3, written).decide(creditMirrored.toBuilder().grade(otherGrade).build()))
                .isEqualTo(SyncDecision.APPLY);
    }

    @Test
    void ownershipSplitsTheCustomerIntoTheCrmsAndTheErpsParts() {
        Customer changed = v3.toBuilder().name("Renamed").creditLimit(Money.of("99.00", "CNY")).build();
        assertThat(FieldOwnership.changedFields(FieldOwnership.Owner.CRM, v3, changed)).containsExactly("name");
        assertThat(FieldOwnership.changedFields(FieldOwnership.Owner.ERP, v3, changed)).containsExactly("creditLimit");
        assertThat(FieldOwnership.fingerprint(FieldOwnership.Owner.ERP,
                v3.toBuilder().creditLimit(Money.of("99.0", "CNY")).build()))
                .as("the same amount written differently is the same")
                .isEqualTo(FieldOwnership.fingerprint(FieldOwnership.Owner.ERP,
                        v3.toBuilder().creditLimit(Money.of("99.00", "CNY")).build()));
    }
}
