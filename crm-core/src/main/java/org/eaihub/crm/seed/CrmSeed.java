package org.eaihub.crm.seed;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eaihub.config.seed.SeedData;
import org.eaihub.crm.customer.Visibility;
import org.eaihub.crm.quality.Normalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the landscape's seed customers on the first start (empty database), with the ERP numbers and SCM party
 * ids the other systems seed from the same generator, so that a fresh landscape starts in sync. No events are
 * sent for them: every system already has them.
 */
@Component
@ConditionalOnProperty(name = "eaihub.crm.seed", havingValue = "true", matchIfMissing = true)
public class CrmSeed implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CrmSeed.class);
    /** Seed records belong to this CRM user and team. */
    public static final String OWNER = "crm-user";
    public static final String TEAM = "east";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Normalizer normalizer;
    private final Clock clock;

    public CrmSeed(JdbcTemplate jdbc, TransactionTemplate transactions, Normalizer normalizer, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        if (count != null && count > 0) {
            return;
        }
        List<SeedData.Customer> seed = SeedData.customers();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        for (SeedData.Customer c : seed) {
            String phone = normalizer.phone(c.phone(), "phone", new ArrayList<>());
            boolean enterprise = c.kind() == SeedData.CustomerKind.ENTERPRISE;
            boolean restricted = c.index() % 50 == 0;
            customers.add(new Object[] {c.crmId(), c.kind().name(), c.name(), Normalizer.nameKey(c.name()),
                c.taxId(), c.email(), phone, c.taxId(), c.email(), "CURRENT", "ACTIVE",
                enterprise && c.creditLimit().intValue() >= 300_000, "B", c.creditLimit(), c.currency(),
                c.creditBlocked(),
                c.erpNumber(), c.scmPartyId(), OWNER, TEAM,
                (restricted ? Visibility.RESTRICTED : Visibility.SHARED).name(), Timestamp.valueOf(
                        c.since().atStartOfDay()), now});
            addresses.add(new Object[] {c.crmId(), 0, "BILLING", c.street(), c.city(), c.postalCode(),
                c.countryCode()});
        }
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO customer (id, kind, name, name_key, tax_id, email, phone, active_tax_id,"
                    + " active_email, lifecycle, status, key_account, credit_grade, credit_limit, credit_currency,"
                    + " credit_blocked, erp_number, scm_party_id, owner_name, team, visibility, version, created_at, last_modified)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", customers);
            jdbc.batchUpdate("INSERT INTO customer_address (customer_id, position, type, line1, city, postal_code,"
                    + " country_code) VALUES (?, ?, ?, ?, ?, ?, ?)", addresses);
        });
        LOG.info("Seeded {} customers", seed.size());
    }
}
