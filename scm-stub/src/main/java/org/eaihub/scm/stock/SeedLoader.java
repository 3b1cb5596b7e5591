package org.eaihub.scm.stock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.eaihub.config.seed.SeedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the landscape's deterministic seed on the first start, when the SCM's tables are empty: the
 * warehouses, every product with its stock, reorder point and reorder quantity per warehouse, and the ship-to
 * parties (id and city only). It runs before the consumers start, and never again once there is data.
 */
@Component
public class SeedLoader implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SeedLoader(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            Integer warehouses = jdbc.queryForObject("select count(*) from warehouse", Integer.class);
            Integer products = jdbc.queryForObject("select count(*) from product", Integer.class);
            if (warehouses != null && warehouses == 0 && products != null && products == 0) {
                load();
            }
        });
    }

    private void load() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<SeedData.Warehouse> warehouses = SeedData.WAREHOUSES;
        jdbc.batchUpdate("insert into warehouse (code, name, city, priority) values (?, ?, ?, ?)",
                warehouses.stream().map(w -> new Object[] {w.code(), w.name(), w.city(),
                    warehouses.indexOf(w) + 1}).toList());
        List<SeedData.Product> products = SeedData.products();
        jdbc.batchUpdate("insert into product (sku, description, unit) values (?, ?, ?)",
                products.stream().map(p -> new Object[] {p.sku(), p.description(), p.unit()}).toList());
        List<SeedData.Stock> stock = SeedData.stock();
        jdbc.batchUpdate("insert into stock_item (sku, warehouse, on_hand, reserved, reorder_point, reorder_quantity,"
                + " revision, updated_at) values (?, ?, ?, 0, ?, ?, 0, ?)",
                stock.stream().map(s -> new Object[] {s.sku(), s.warehouse(), s.onHand(), s.reorderPoint(),
                    s.reorderQuantity(), now}).toList());
        List<SeedData.Customer> customers = SeedData.customers();
        jdbc.batchUpdate("insert into ship_to_party (party_id, city, country_code) values (?, ?, ?)",
                customers.stream().map(c -> new Object[] {c.scmPartyId(), c.city(), c.countryCode()}).toList());
        LOG.info("Seeded {} warehouses, {} products, {} stock rows and {} ship-to parties", warehouses.size(),
                products.size(), stock.size(), customers.size());
    }
}
