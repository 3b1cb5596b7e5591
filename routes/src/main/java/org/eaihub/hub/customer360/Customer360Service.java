package org.eaihub.hub.customer360;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.adapters.crm.CrmCustomerViews;
import org.eaihub.adapters.erp.ErpReceivablesMapper;
import org.eaihub.adapters.scm.ScmShipmentViews;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.Customer360;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.ShowCustomer360;
import org.eaihub.canonical.shipment.Shipment;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.backend.ScmClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the systems for one customer's 360 and hands their answers to {@link Customer360Assembly}. The CRM is asked
 * first, under its own timeout: it says whether the customer exists and holds the customer's ERP number and SCM
 * ship-to party, the only keys the other two systems know. Then the ERP (its three reads — aging, open items, trade
 * history — at once) and the SCM are asked in parallel, each under its own timeout; a system that is late, down or
 * failing leaves its part empty and is named in {@code sources}. A call cut off by its timeout runs on in the
 * background until the client's own read timeout; its late answer is dropped. Logs carry ids and source states,
 * never customer data.
 */
public class Customer360Service {

    private static final Logger LOG = LoggerFactory.getLogger(Customer360Service.class);
    /** The ERP's calendar ({@code eaihub.erp.time-zone}): "this month" is the ERP's month. */
    private static final ZoneId ERP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_OPEN_ITEMS = 1000;

    private final CrmClient crm;
    private final ErpGateway erp;
    private final ScmClient scm;
    private final Customer360Settings settings;
    private final Executor crmExecutor;
    private final Executor erpExecutor;
    private final Executor scmExecutor;
    private final Clock clock;

    /** Every system asked on one pool (tests). */
    public Customer360Service(CrmClient crm, ErpGateway erp, ScmClient scm, Customer360Settings settings,
            Executor executor, Clock clock) {
        this(crm, erp, scm, settings, executor, executor, executor, clock);
    }

    /**
     * Each system asked on its own pool: a call cut off by its timeout holds its thread until its client's read
     * timeout, so a hanging ERP must fill only the ERP's pool (its parts then come back missing), never starve the
     * CRM's calls and turn every answer into a 503.
     */
    public Customer360Service(CrmClient crm, ErpGateway erp, ScmClient scm, Customer360Settings settings,
            Executor crmExecutor, Executor erpExecutor, Executor scmExecutor, Clock clock) {
        this.crm = crm;
        this.erp = erp;
        this.scm = scm;
        this.settings = settings;
        this.crmExecutor = crmExecutor;
        this.erpExecutor = erpExecutor;
        this.scmExecutor = scmExecutor;
        this.clock = clock;
    }

    /**
     * The customer's 360; empty when the CRM has no such customer.
     *
     * @throws CrmUnavailableException when the CRM did not answer in time, could not be reached or failed: without
     *                                 the master record there is nothing to show
     */
    public Optional<Customer360> customer360(String customerId) {
        SourceOutcome<Customer> profile = profile(customerId);
        if (profile == null) {
            return Optional.empty();
        }
        Customer customer = profile.value();
        CompletableFuture<SourceOutcome<ErpAccount>> erpPart = Customer360Assembly.idIn(customer, SystemCode.ERP)
                .map(this::erpAccount)
                .orElseGet(() -> CompletableFuture.completedFuture(SourceOutcome.noCrossReference(SystemCode.ERP)));
        CompletableFuture<SourceOutcome<List<Shipment>>> scmPart = Customer360Assembly.idIn(customer, SystemCode.SCM)
                .map(this::openShipments)
                .orElseGet(() -> CompletableFuture.completedFuture(SourceOutcome.noCrossReference(SystemCode.SCM)));
        Customer360 view = Customer360Assembly.assemble(profile, erpPart.join(), scmPart.join());
        if (!Customer360Assembly.complete(view)) {
            LOG.info("customer 360 of {} is partial: {}", customerId, view.sources().stream()
                    .filter(s -> s.reason() != null).map(s -> s.system() + " " + s.reason().code()).toList());
        }
        return Optional.of(view);
    }

    /** The canonical answer to a query: the view, or no view when the customer is unknown. */
    public ShowCustomer360 answer(GetCustomer360 query) {
        return new ShowCustomer360(Envelope.causedBy(query.envelope(), ShowCustomer360.class, SystemCode.HUB,
                query.customerId()), customer360(query.customerId()).orElse(null));
    }

    /** The canonical answer to a plain request (REST), in the caller's conversation when it named one. */
    public Optional<ShowCustomer360> answer(String customerId) {
        return customer360(customerId).map(view -> {
            Envelope fresh = Envelope.newConversation(ShowCustomer360.class, SystemCode.HUB, customerId);
            String correlationId = Correlation.current() == null ? fresh.correlationId() : Correlation.current();
            return new ShowCustomer360(new Envelope(fresh.messageId(), correlationId, null, fresh.messageType(),
                    fresh.schemaVersion(), fresh.sourceSystem(), fresh.occurredAt(), customerId, null, null), view);
        });
    }

    private SourceOutcome<Customer> profile(String customerId) {
        Optional<JsonNode> view;
        try {
            view = ask(() -> crm.customer(customerId), settings.crmTimeout(), crmExecutor).join();
        } catch (RuntimeException e) {
            SourceOutcome<Customer> failed = SourceOutcome.failed(SystemCode.CRM, e, settings.crmTimeout());
            LOG.warn("customer 360 of {}: the CRM did not answer ({})", customerId, failed.reasonCode());
            throw new CrmUnavailableException(failed.status(), SourceOutcome.unwrap(e));
        }
        return view.map(v -> SourceOutcome.answered(SystemCode.CRM, CrmCustomerViews.toCanonical(v), clock.instant()))
                .orElse(null);
    }

    private CompletableFuture<SourceOutcome<ErpAccount>> erpAccount(String customerNumber) {
        YearMonth thisMonth = YearMonth.now(clock.withZone(ERP_ZONE));
        var aging = ask(() -> erp.receivablesAging(customerNumber), settings.erpTimeout(), erpExecutor);
        var items = ask(() -> erp.openItems(customerNumber), settings.erpTimeout(), erpExecutor);
        var history = ask(() -> erp.tradeHistory(customerNumber, ErpReceivablesMapper.spmon(thisMonth.minusMonths(11)),
                ErpReceivablesMapper.spmon(thisMonth)), settings.erpTimeout(), erpExecutor);
        return CompletableFuture.allOf(aging, items, history)
                .thenApply(done -> {
                    var periods = ErpReceivablesMapper.tradeHistory(history.join());
                    String currency = aging.join().getWAERS();
                    ErpAccount account = new ErpAccount(ErpReceivablesMapper.balance(aging.join()),
                            ErpReceivablesMapper.buckets(aging.join()),
                            ErpReceivablesMapper.openItems(items.join()).stream().limit(MAX_OPEN_ITEMS).toList(),
                            ErpReceivablesMapper.month(periods, thisMonth, currency), periods);
                    return SourceOutcome.answered(SystemCode.ERP, account, clock.instant());
                })
                .exceptionally(failure -> SourceOutcome.failed(SystemCode.ERP, failure, settings.erpTimeout()));
    }

    private CompletableFuture<SourceOutcome<List<Shipment>>> openShipments(String shipToParty) {
        return ask(() -> scm.openShipments(shipToParty), settings.scmTimeout(), scmExecutor)
                .thenApply(views -> SourceOutcome.answered(SystemCode.SCM, ScmShipmentViews.listToCanonical(views),
                        clock.instant()))
                .exceptionally(failure -> SourceOutcome.failed(SystemCode.SCM, failure, settings.scmTimeout()));
    }

    /** One call on the executor, with the caller's correlation id, failing with a TimeoutException when late. */
    private <T> CompletableFuture<T> ask(Supplier<T> call, Duration timeout, Executor executor) {
        String correlationId = Correlation.current();
        String causationId = Correlation.currentCausation();
        try {
            return CompletableFuture.supplyAsync(() -> {
                try (Correlation.Scope scope = Correlation.open(correlationId, causationId)) {
                    return call.get();
                }
            }, executor).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException busy) {
            return CompletableFuture.failedFuture(busy);
        }
    }
}
