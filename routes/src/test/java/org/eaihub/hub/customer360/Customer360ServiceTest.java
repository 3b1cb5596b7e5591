package org.eaihub.hub.customer360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.adapters.erp.client.AGINGBUCKETS;
import org.eaihub.adapters.erp.client.OPENITEMS;
import org.eaihub.adapters.erp.client.OpenItemsGetResponse;
import org.eaihub.adapters.erp.client.PERIODS;
import org.eaihub.adapters.erp.client.ReceivablesAgingGetResponse;
import org.eaihub.adapters.erp.client.TradeHistoryGetResponse;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer360;
import org.eaihub.canonical.customer.SourceAvailability;
import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.backend.ScmClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service's timing: the ERP and the SCM are asked at once, each cut off by its own timeout, and a late CRM means
 * no answer. The backends are the real client classes with their remote call replaced by an answer or a fault, the
 * only way to make a system slow here without a network.
 */
class Customer360ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final CountDownLatch release = new CountDownLatch(1);
    /** The ERP's aging read and the SCM's read each arrive here and wait for the other: only parallel calls pass. */
    private final CountDownLatch meeting = new CountDownLatch(2);
    private volatile boolean meet;

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    private static JsonNode crmView(boolean withScm) {
        var view = JSON.createObjectNode().put("id", "C-000010").put("kind", "ENTERPRISE").put("name", "Acme")
                .put("lifecycle", "CURRENT").put("status", "ACTIVE").put("version", 1)
                .put("lastModified", "2026-12-01T00:00:00Z");
        var refs = view.putObject("crossReferences").put("crm", "C-000010").put("erp", "0010000010");
        if (withScm) {
            refs.put("scm", "SP-000010");
        }
        return view;
    }

    private CrmClient crm(Duration delay, JsonNode view) {
        return new CrmClient(NOWHERE, "hub", "x") {
            @Override
            public Optional<JsonNode> customer(String customerId) {
                pause(delay);
                return Optional.ofNullable(view);
            }
        };
    }

    private ErpGateway erp(Duration delay) {
        return new ErpGateway(NOWHERE, "hub", "x") {
            @Override
            public ReceivablesAgingGetResponse receivablesAging(String customerNumber) {
                pause(delay);
                meetTheOther();
                ReceivablesAgingGetResponse aging = new ReceivablesAgingGetResponse();
                aging.setWAERS("CNY");
                aging.setSKFOR(new BigDecimal("10.00"));
                aging.setBUCKETS(new AGINGBUCKETS());
                return aging;
            }

            @Override
            public OpenItemsGetResponse openItems(String customerNumber) {
                pause(delay);
                OpenItemsGetResponse items = new OpenItemsGetResponse();
                items.setWAERS("CNY");
                items.setITEMS(new OPENITEMS());
                return items;
            }

            @Override
            public TradeHistoryGetResponse tradeHistory(String customerNumber, String from, String to) {
                pause(delay);
                TradeHistoryGetResponse history = new TradeHistoryGetResponse();
                history.setWAERS("CNY");
                history.setPERIODS(new PERIODS());
                return history;
            }
        };
    }

    private ScmClient scm(Duration delay, boolean down) {
        return new ScmClient(NOWHERE, "hub", "x", Duration.ofSeconds(1)) {
            @Override
            public JsonNode openShipments(String shipToParty) {
                pause(delay);
                meetTheOther();
                if (down) {
                    throw new BackendUnavailableException("scm", new java.net.ConnectException("refused"));
                }
                return JSON.createArrayNode();
            }
        };
    }

    private void meetTheOther() {
        if (meet) {
            meeting.countDown();
            try {
                meeting.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void pause(Duration delay) {
        try {
            release.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Customer360Service service(CrmClient crm, ErpGateway erp, ScmClient scm) {
        return service(crm, erp, scm, Duration.ofMillis(400));
    }

    private Customer360Service service(CrmClient crm, ErpGateway erp, ScmClient scm, Duration erpAndScmTimeout) {
        return new Customer360Service(crm, erp, scm, new Customer360Settings(Duration.ofMillis(500),
                erpAndScmTimeout, erpAndScmTimeout), pool, CLOCK);
    }

    private static SourceStatus source(Customer360 view, SystemCode system) {
        return view.sources().stream().filter(s -> s.system() == system).findFirst().orElseThrow();
    }

    @Test
    void aSlowErpIsCutOffAtItsTimeoutWhileTheScmStillAnswers() {
        var service = service(crm(Duration.ZERO, crmView(true)), erp(Duration.ofSeconds(5)), scm(Duration.ZERO, false));

        long started = System.nanoTime();
        Customer360 view = service.customer360("C-000010").orElseThrow();
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).as("cut off at 0.4 s, long before the ERP's 5 s").isBetween(350L, 3_000L);
        assertThat(source(view, SystemCode.ERP).availability()).isEqualTo(SourceAvailability.TIMED_OUT);
        assertThat(source(view, SystemCode.ERP).reason().description()).isEqualTo("no answer within PT0.4S");
        assertThat(source(view, SystemCode.SCM).availability()).isEqualTo(SourceAvailability.ANSWERED);
        assertThat(source(view, SystemCode.CRM).asOf()).isEqualTo(CLOCK.instant());
    }

    @Test
    void theErpAndTheScmAreAskedInParallel() {
        meet = true;
        var service = service(crm(Duration.ZERO, crmView(true)), erp(Duration.ZERO), scm(Duration.ZERO, false),
                Duration.ofSeconds(5));

        Customer360 view = service.customer360("C-000010").orElseThrow();

        assertThat(view.sources()).as("each met the other while both were asked")
                .allSatisfy(s -> assertThat(s.availability()).isEqualTo(SourceAvailability.ANSWERED));
        assertThat(view.receivableBalance().amount()).isEqualByComparingTo("10");
        assertThat(view.currentMonth().month()).isEqualTo("2026-12");
    }

    @Test
    void anUnreachableScmAndAMissingCrossReferenceAreNamed() {
        Customer360 down = service(crm(Duration.ZERO, crmView(true)), erp(Duration.ZERO), scm(Duration.ZERO, true))
                .customer360("C-000010").orElseThrow();
        Customer360 noParty = service(crm(Duration.ZERO, crmView(false)), erp(Duration.ZERO),
                scm(Duration.ZERO, false)).customer360("C-000010").orElseThrow();

        assertThat(source(down, SystemCode.SCM).reason().code()).isEqualTo("UNREACHABLE");
        assertThat(source(down, SystemCode.ERP).availability()).isEqualTo(SourceAvailability.ANSWERED);
        assertThat(source(noParty, SystemCode.SCM).reason().code()).isEqualTo("NO_CROSS_REFERENCE");
    }

    @Test
    void anUnknownCustomerHasNoViewAndALateCrmMeansNoAnswer() {
        assertThat(service(crm(Duration.ZERO, null), erp(Duration.ZERO), scm(Duration.ZERO, false))
                .customer360("C-999999")).isEmpty();

        var lateCrm = service(crm(Duration.ofSeconds(5), crmView(true)), erp(Duration.ZERO), scm(Duration.ZERO, false));
        assertThatThrownBy(() -> lateCrm.customer360("C-000010"))
                .isInstanceOfSatisfying(CrmUnavailableException.class, e -> {
                    assertThat(e.status().availability()).isEqualTo(SourceAvailability.TIMED_OUT);
                    assertThat(e.status().reason().code()).isEqualTo("TIMEOUT");
                });
    }
}
