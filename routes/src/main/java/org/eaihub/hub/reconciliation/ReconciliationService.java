package org.eaihub.hub.reconciliation;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.eaihub.adapters.crm.CrmCustomerViews;
import org.eaihub.adapters.erp.ErpCustomerMapper;
import org.eaihub.adapters.erp.client.CUSTOMER;
import org.eaihub.adapters.erp.client.CustomerGetListResponse;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Compares the CRM's and the ERP's customer masters and, on request, repairs the drift: the CRM's fields are
 * written into the ERP, the ERP's credit into the CRM, customers only the CRM holds are created in the ERP.
 * Customers only the ERP holds are reported, not repaired: the CRM is the master of who is a customer. Only one
 * hub instance runs it at a time: a database lock (ShedLock) guards it, whether it was scheduled or asked for.
 */
public class ReconciliationService {

    public static final String LOCK = "customer-reconciliation";
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationService.class);
    private static final int CRM_PAGE = 200;
    private static final int ERP_PAGE = 1000;

    private final CrmClient crm;
    private final ErpGateway erp;
    private final LockingTaskExecutor locks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final boolean repairOnSchedule;

    public ReconciliationService(CrmClient crm, ErpGateway erp, LockingTaskExecutor locks, JdbcTemplate jdbc,
            ObjectMapper mapper, Clock clock, boolean repairOnSchedule) {
        this.crm = crm;
        this.erp = erp;
        this.locks = locks;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
        this.repairOnSchedule = repairOnSchedule;
    }

    @Scheduled(cron = "${eaihub.hub.reconciliation.cron:0 17 * * * *}")
    public void scheduled() {
        run(repairOnSchedule).ifPresent(r -> LOG.info("Scheduled reconciliation: {} only in CRM, {} only in ERP,"
                + " {} different, {} repaired", r.onlyInCrm().size(), r.onlyInErp().size(), r.different().size(),
                r.repaired()));
    }

    /** Runs now unless another run (on any instance) holds the lock; empty when it did. */
    public Optional<ReconciliationReport> run(boolean repair) {
        try {
            var result = locks.executeWithLock(() -> reconcile(repair), new LockConfiguration(clock.instant(), LOCK,
                    Duration.ofMinutes(30), Duration.ZERO));
            return result.wasExecuted() ? Optional.of(result.getResult()) : Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Reconciliation failed", e);
        }
    }

    public Optional<ReconciliationReport> latest() {
        return jdbc.queryForList("SELECT report FROM reconciliation_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                String.class).stream().findFirst().map(this::read);
    }

    private ReconciliationReport reconcile(boolean repair) {
        Instant started = clock.instant();
        List<CustomerComparison.CrmSide> crmSide = crmCustomers();
        List<CUSTOMER> erpSide = erpCustomers();
        CustomerComparison.Result result = CustomerComparison.compare(crmSide, erpSide);
        int repaired = 0;
        List<String> failures = new ArrayList<>();
        if (repair) {
            var byId = new java.util.HashMap<String, CustomerComparison.CrmSide>();
            crmSide.forEach(s -> byId.put(s.customer().customerId(), s));
            for (ReconciliationReport.Drift drift : result.different()) {
                repaired += attempt(failures, drift.customerId(), () -> repair(drift, byId.get(drift.customerId())
                        .customer(), result.erpByNumber().get(drift.erpNumber())));
            }
            for (String id : result.onlyInCrm()) {
                repaired += attempt(failures, id, () -> create(byId.get(id).customer()));
            }
        }
        ReconciliationReport report = new ReconciliationReport(started, clock.instant(),
                ManagementFactory.getRuntimeMXBean().getName(), repair, crmSide.size(), erpSide.size(),
                result.onlyInCrm(), result.onlyInErp(), result.different(), repaired, failures);
        jdbc.update("INSERT INTO reconciliation_run (started_at, finished_at, instance_id, report) VALUES (?, ?, ?, ?)",
                Timestamp.from(report.startedAt()), Timestamp.from(report.finishedAt()), report.instance(), write(report));
        return report;
    }

    private void repair(ReconciliationReport.Drift drift, Customer customer, CUSTOMER held) {
        if (!drift.crmOwnedFields().isEmpty()) {
            erp.changeCustomer(requestId(), drift.erpNumber(), ErpCustomerMapper.toChange(customer));
        }
        if (!drift.erpOwnedFields().isEmpty()) {
            crm.updateCredit(customer.customerId(), null, held.getKLIMK(), held.getWAERS(), "X".equals(held.getCRBLB()));
        }
    }

    private void create(Customer customer) {
        String number = erp.createCustomer(requestId(), ErpCustomerMapper.toCreate(customer));
        crm.setErpNumber(customer.customerId(), number);
    }

    private static int attempt(List<String> failures, String customerId, Runnable repair) {
        try {
            repair.run();
            return 1;
        } catch (RuntimeException e) {
            failures.add(customerId + ": " + e.getMessage());
            return 0;
        }
    }

    private static String requestId() {
        return "reconcile:" + UUID.randomUUID();
    }

    private List<CustomerComparison.CrmSide> crmCustomers() {
        List<CustomerComparison.CrmSide> customers = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = crm.customers(page, CRM_PAGE);
            for (JsonNode view : body.path("content")) {
                customers.add(new CustomerComparison.CrmSide(CrmCustomerViews.toCanonical(view),
                        CrmCustomerViews.creditBlocked(view)));
            }
            if (page + 1 >= body.path("page").path("totalPages").asInt()) {
                return customers;
            }
        }
    }

    private List<CUSTOMER> erpCustomers() {
        List<CUSTOMER> customers = new ArrayList<>();
        String after = null;
        CustomerGetListResponse page;
        do {
            page = erp.listCustomers(after, ERP_PAGE);
            customers.addAll(page.getCUSTOMERS().getItem());
            after = customers.isEmpty() ? null : customers.get(customers.size() - 1).getKUNNR();
        } while (page.isMORE());
        return customers;
    }

    private String write(ReconciliationReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReconciliationReport read(String json) {
        try {
            return mapper.readValue(json, ReconciliationReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
