package org.eaihub.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.OpenItemsGet;
import org.eaihub.erp.soap.api.PaymentPost;
import org.eaihub.erp.soap.api.PaymentPostResponse;
import org.eaihub.erp.soap.api.ReceivablesAgingGet;
import org.eaihub.erp.soap.api.SalesOrderCancel;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.TradeHistoryGet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same migrations, seed, locking queries and idempotency on a real PostgreSQL (the {@code external}
 * profile's database): every kind of document once, through the SOAP service.
 */
@TestPropertySource(properties = {
    // a second ERP in this JVM: its own in-VM broker and its own JMX name
    "spring.artemis.embedded.server-id=7",
    "eaihub.erp.faults.jmx-object-name=eaihub.erp:type=FaultKnobs,name=erp-postgres"
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresPortabilityTest extends ErpIntegrationTest {

    private static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Test
    void everyDocumentTypeOnPostgres() throws Exception {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(count("customer", "ernam = ?", "MIGRATION")).isEqualTo(SeedData.CUSTOMERS);
        ReceivablesAgingGet aging = new ReceivablesAgingGet();
        assertThat(erp().receivablesAgingGet(aging).getBUCKETS().getItem())
                .allSatisfy(bucket -> assertThat(bucket.getITEMCOUNT()).isPositive());

        String customer = newCustomer("100000");
        CustomerChange change = new CustomerChange();
        change.setREQUESTID(requestId());
        change.setKUNNR(customer);
        change.setVERSION(0L);
        change.setCUSTOMERDATA(new CUSTOMERCHANGEDATA());
        change.getCUSTOMERDATA().setCRBLB("X");
        assertThat(erp().customerChange(change).getCUSTOMER().getVERSION()).isEqualTo(1);
        change.getCUSTOMERDATA().setCRBLB("");
        change.setREQUESTID(requestId());
        change.setVERSION(1L);
        erp().customerChange(change);

        SalesOrderCreate order = orderRequest(customer, "SKU-00060", "2");
        String first = erp().salesOrderCreate(order).getVBELN();
        assertThat(erp().salesOrderCreate(order).getVBELN()).as("replayed").isEqualTo(first);
        SalesOrderCancel cancel = new SalesOrderCancel();
        cancel.setREQUESTID(requestId());
        cancel.setVBELN(newOrder(customer, "SKU-00061", "1").getVBELN());
        cancel.setABGRU("Z1");
        erp().salesOrderCancel(cancel);

        var billed = shipAndBill(customer, "SKU-00062", "1");
        PaymentPost payment = new PaymentPost();
        payment.setREQUESTID(requestId());
        payment.setKUNNR(customer);
        payment.setDMBTR(billed.goodsIssue().getINVOICE().getBRTWR().add(BigDecimal.TEN));
        payment.setWAERS("CNY");
        PaymentPostResponse paid = erp().paymentPost(payment);
        assertThat(paid.getUNAPPLIED()).isEqualByComparingTo("10");

        OpenItemsGet open = new OpenItemsGet();
        open.setKUNNR(customer);
        assertThat(erp().openItemsGet(open).getSKFOR()).isEqualByComparingTo("-10");
        TradeHistoryGet history = new TradeHistoryGet();
        history.setKUNNR(customer);
        assertThat(erp().tradeHistoryGet(history).getPERIODS().getItem().get(0).getCANCELLEDCOUNT()).isEqualTo(1);

        String xml = notifications().next("PAYMENT_RECEIVED", customer).getText();
        Notifications.validate(xml);
    }
}
