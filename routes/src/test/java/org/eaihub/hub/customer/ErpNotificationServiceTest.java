package org.eaihub.hub.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eaihub.adapters.erp.ErpNotification;
import org.eaihub.hub.backend.CrmClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErpNotificationServiceTest {

    private final CustomerSyncStore store = mock(CustomerSyncStore.class);
    private final SyncConflicts conflicts = mock(SyncConflicts.class);
    private final CrmClient crm = mock(CrmClient.class);
    private final ErpNotificationService service = new ErpNotificationService(store, conflicts, crm, "hub");

    @BeforeEach
    void crossReference() {
        when(store.customerIdByErpNumber("0010000042")).thenReturn(Optional.of("C-000042"));
    }

    @Test
    void aPaymentGoesToTheCrmsPaymentsPerClearedInvoiceAndNotIntoTheHistory() {
        var outcome = service.handle(new ErpNotification.PaymentReceived("0000000000000007", "erp-clerk", "req-7",
                "0010000042", "1400000007", "2026-11-23", new BigDecimal("150.00"), "CNY", new BigDecimal("50.00"),
                List.of(new ErpNotification.PaymentReceived.Cleared("1800000001", "0090000001",
                        new BigDecimal("100.00")))));

        assertThat(outcome).isEqualTo(ErpNotificationService.Outcome.PAYMENT_RECORDED);
        verify(crm).recordPayment("C-000042", "erp:0000000000000007:1800000001", "0090000001", "1400000007",
                new BigDecimal("100.00"), "CNY", Instant.parse("2026-11-23T00:00:00Z"));
        verify(crm).recordPayment(eq("C-000042"), eq("erp:0000000000000007:on-account"), eq(null), eq("1400000007"),
                eq(new BigDecimal("50.00")), eq("CNY"), any());
        verify(crm, never()).recordHistory(anyString(), anyString(), anyString(), anyString(), any(), any(), any(),
                any(), any());
    }

    @Test
    void anInvoiceEntersTheHistoryWithItsNumberAsReference() {
        var outcome = service.handle(new ErpNotification.InvoicePosted("0000000000000008", "erp-clerk", "req-8",
                "0010000042", "0090000001", "0000004711", "2026-11-23", new BigDecimal("118.00"), "CNY"));

        assertThat(outcome).isEqualTo(ErpNotificationService.Outcome.HISTORY_RECORDED);
        verify(crm).recordHistory("C-000042", "erp:0000000000000008", "INVOICE", "0090000001", "POSTED",
                new BigDecimal("118.00"), "CNY", "ERP", Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void aPaymentOfACustomerTheCrmDoesNotKnowIsRecordedAsAConflict() {
        when(crm.customerIdByErpNumber("0010009999")).thenReturn(Optional.empty());
        var outcome = service.handle(new ErpNotification.PaymentReceived("0000000000000009", "erp-clerk", "req-9",
                "0010009999", "1400000009", "2026-11-23", new BigDecimal("1.00"), "CNY"));

        assertThat(outcome).isEqualTo(ErpNotificationService.Outcome.UNKNOWN_CUSTOMER);
        verify(crm, never()).recordPayment(any(), any(), any(), any(), any(), any(), any());
    }
}
