package org.eaihub.hub.customer360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.AgingBucket;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.Customer360;
import org.eaihub.canonical.customer.OpenItem;
import org.eaihub.canonical.customer.ShowCustomer360;
import org.eaihub.canonical.customer.SourceAvailability;
import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.canonical.customer.TradePeriod;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.shipment.Shipment;
import org.eaihub.canonical.shipment.ShipmentLine;
import org.eaihub.canonical.shipment.ShipmentStatus;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.BusinessFaultException;
import org.junit.jupiter.api.Test;

class Customer360AssemblyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private static final Customer PROFILE = Fixtures.haier();
    private static final ErpAccount ACCOUNT = new ErpAccount(Money.of("1130.00", "CNY"),
            List.of(new AgingBucket("0-30", 0, 30, 1, Money.of("1130.00", "CNY")),
                    new AgingBucket("31-60", 31, 60, 0, Money.of("0.00", "CNY")),
                    new AgingBucket("61-90", 61, 90, 0, Money.of("0.00", "CNY")),
                    new AgingBucket("90+", 91, null, 0, Money.of("0.00", "CNY"))),
            List.of(new OpenItem("1400000001", "9000000001", java.time.LocalDate.of(2026, 11, 20),
                    java.time.LocalDate.of(2026, 12, 20), Money.of("1130.00", "CNY"), -18)),
            new TradePeriod("2026-12", 2, Money.of("2000.00", "CNY"), Money.of("2260.00", "CNY"),
                    Money.of("0.00", "CNY"), 0),
            List.of(new TradePeriod("2026-11", 1, Money.of("1000.00", "CNY"), Money.of("1130.00", "CNY"),
                    Money.of("1000.00", "CNY"), 0)));
    private static final Shipment SHIPMENT = new Shipment("SH-1", "SO-000001", ShipmentStatus.SHIPPED, "SF-EXPRESS",
            "SF1234567890", NOW, null, null, List.of(new ShipmentLine("1", "SKU-00001", BigDecimal.TEN, "EA")));

    private static SourceOutcome<Customer> crm() {
        return SourceOutcome.answered(SystemCode.CRM, PROFILE, NOW);
    }

    @Test
    void everySourceAnsweredGivesACompleteView() {
        Customer360 view = Customer360Assembly.assemble(crm(), SourceOutcome.answered(SystemCode.ERP, ACCOUNT, NOW),
                SourceOutcome.answered(SystemCode.SCM, List.of(SHIPMENT), NOW));

        assertThat(view.customer()).isEqualTo(PROFILE);
        assertThat(view.receivableBalance()).isEqualTo(Money.of("1130.00", "CNY"));
        assertThat(view.receivablesAging()).extracting(AgingBucket::bucket).containsExactly("0-30", "31-60", "61-90",
                "90+");
        assertThat(view.openItems()).hasSize(1);
        assertThat(view.currentMonth().orderCount()).isEqualTo(2);
        assertThat(view.tradeHistory()).hasSize(1);
        assertThat(view.recentShipments()).containsExactly(SHIPMENT);
        assertThat(view.sources()).extracting(SourceStatus::system, SourceStatus::availability)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SystemCode.CRM, SourceAvailability.ANSWERED),
                        org.assertj.core.groups.Tuple.tuple(SystemCode.ERP, SourceAvailability.ANSWERED),
                        org.assertj.core.groups.Tuple.tuple(SystemCode.SCM, SourceAvailability.ANSWERED));
        assertThat(view.sources()).allSatisfy(s -> {
            assertThat(s.asOf()).isEqualTo(NOW);
            assertThat(s.reason()).isNull();
        });
        assertThat(Customer360Assembly.complete(view)).isTrue();
        assertThat(Customer360Assembly.missing(view)).isEmpty();
    }

    @Test
    void aLateErpLeavesItsPartEmptyAndIsNamedWithItsTimeout() {
        Customer360 view = Customer360Assembly.assemble(crm(),
                SourceOutcome.failed(SystemCode.ERP, new CompletionException(new TimeoutException()),
                        Duration.ofSeconds(3)),
                SourceOutcome.answered(SystemCode.SCM, List.of(SHIPMENT), NOW));

        assertThat(view.receivableBalance()).isNull();
        assertThat(view.receivablesAging()).isEmpty();
        assertThat(view.openItems()).isEmpty();
        assertThat(view.currentMonth()).isNull();
        assertThat(view.tradeHistory()).isEmpty();
        assertThat(view.recentShipments()).containsExactly(SHIPMENT);
        SourceStatus erp = view.sources().get(1);
        assertThat(erp.system()).isEqualTo(SystemCode.ERP);
        assertThat(erp.availability()).isEqualTo(SourceAvailability.TIMED_OUT);
        assertThat(erp.asOf()).isNull();
        assertThat(erp.reason().code()).isEqualTo("TIMEOUT");
        assertThat(erp.reason().description()).isEqualTo("no answer within PT3S");
        assertThat(Customer360Assembly.complete(view)).isFalse();
        assertThat(Customer360Assembly.missing(view)).containsExactly(SystemCode.ERP);
    }

    @Test
    void failuresAreClassifiedAsUnreachableOrErrorWithoutTheBackendsMessage() {
        SourceOutcome<List<Shipment>> down = SourceOutcome.failed(SystemCode.SCM,
                new CompletionException(new BackendUnavailableException("scm", new java.net.ConnectException())),
                Duration.ofSeconds(2));
        SourceOutcome<List<Shipment>> busy = SourceOutcome.failed(SystemCode.SCM, new RejectedExecutionException(),
                Duration.ofSeconds(2));
        SourceOutcome<ErpAccount> refused = SourceOutcome.failed(SystemCode.ERP,
                new BusinessFaultException("ERP refused: E 001 customer Zhang Wei unknown", null),
                Duration.ofSeconds(3));

        assertThat(down.status().availability()).isEqualTo(SourceAvailability.UNAVAILABLE);
        assertThat(down.reasonCode()).isEqualTo("UNREACHABLE");
        assertThat(busy.reasonCode()).isEqualTo("UNREACHABLE");
        assertThat(refused.status().availability()).isEqualTo(SourceAvailability.UNAVAILABLE);
        assertThat(refused.reasonCode()).isEqualTo("ERROR");
        assertThat(refused.status().reason().description()).doesNotContain("Zhang");

        Customer360 view = Customer360Assembly.assemble(crm(), refused, down);
        assertThat(Customer360Assembly.missing(view)).containsExactly(SystemCode.ERP, SystemCode.SCM);
        assertThat(view.recentShipments()).isEmpty();
    }

    @Test
    void aSystemTheCrmHasNoIdForIsNamedAsSuch() {
        assertThat(Customer360Assembly.idIn(PROFILE, SystemCode.ERP)).contains("100234");
        assertThat(Customer360Assembly.idIn(PROFILE, SystemCode.SCM)).isEmpty();

        Customer360 view = Customer360Assembly.assemble(crm(), SourceOutcome.answered(SystemCode.ERP, ACCOUNT, NOW),
                SourceOutcome.noCrossReference(SystemCode.SCM));
        SourceStatus scm = view.sources().get(2);
        assertThat(scm.availability()).isEqualTo(SourceAvailability.UNAVAILABLE);
        assertThat(scm.reason().code()).isEqualTo("NO_CROSS_REFERENCE");
    }

    @Test
    void withoutTheCrmsProfileThereIsNoView() {
        assertThatThrownBy(() -> Customer360Assembly.assemble(
                SourceOutcome.timedOut(SystemCode.CRM, Duration.ofSeconds(2)),
                SourceOutcome.answered(SystemCode.ERP, ACCOUNT, NOW),
                SourceOutcome.answered(SystemCode.SCM, List.of(), NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completeAndPartialViewsAreValidCanonicalDocumentsInBothFormats() {
        GetCustomer360 query = new GetCustomer360(Fixtures.envelope(GetCustomer360.class, SystemCode.CRM, "C-10001"),
                "C-10001");
        for (Customer360 view : List.of(
                Customer360Assembly.assemble(crm(), SourceOutcome.answered(SystemCode.ERP, ACCOUNT, NOW),
                        SourceOutcome.answered(SystemCode.SCM, List.of(SHIPMENT), NOW)),
                Customer360Assembly.assemble(crm(), SourceOutcome.timedOut(SystemCode.ERP, Duration.ofSeconds(3)),
                        SourceOutcome.unreachable(SystemCode.SCM)))) {
            ShowCustomer360 answer = new ShowCustomer360(org.eaihub.canonical.Envelope.causedBy(query.envelope(),
                    ShowCustomer360.class, SystemCode.HUB, "C-10001"), view);
            for (Format format : Format.values()) {
                byte[] document = CODEC.write(answer, format);
                assertThat(CODEC.read(document, format, ShowCustomer360.class)).isEqualTo(answer);
            }
        }
    }
}
