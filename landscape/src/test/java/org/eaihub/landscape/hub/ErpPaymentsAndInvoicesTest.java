package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.CLEARINGIN;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.adapters.erp.client.GoodsIssuePost;
import org.eaihub.adapters.erp.client.INVOICE;
import org.eaihub.adapters.erp.client.ORDERHEADERIN;
import org.eaihub.adapters.erp.client.ORDERITEMIN;
import org.eaihub.adapters.erp.client.ORDERITEMSIN;
import org.eaihub.adapters.erp.client.PaymentPost;
import org.eaihub.adapters.erp.client.SalesOrderCreate;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ERP → CRM receivables end to end: an invoice the ERP posts (goods issue) enters the CRM customer's consumption
 * history and receivables; a payment posted in the ERP (SOAP PaymentPost) is set against that invoice in the CRM,
 * the rest on account, counted once.
 */
@ExtendWith(LandscapeFixture.class)
class ErpPaymentsAndInvoicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FLOW = Duration.ofSeconds(60);
    /** A seed customer no other test touches: the CRM's C-000777 is the ERP's 0010000777. */
    private static final String CUSTOMER = "C-000777";
    private static final String ERP_NUMBER = "0010000777";

    private final LandscapeFixture landscape;
    private final ErpPortType erp;

    ErpPaymentsAndInvoicesTest(LandscapeFixture landscape) {
        this.landscape = landscape;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(landscape.url("erp").resolve("/services/erp").toString());
        factory.setUsername("integration");
        factory.setPassword(landscape.password("integration"));
        this.erp = factory.create(ErpPortType.class);
    }

    private JsonNode crm(String path) throws Exception {
        var response = TestClients.send(HttpRequest.newBuilder(landscape.url("crm").resolve(path))
                .header("Authorization", TestClients.basic("admin", landscape.password("admin")))
                .header("Accept", "application/json").GET());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode item(String invoice) throws Exception {
        for (JsonNode item : crm("/api/customers/" + CUSTOMER + "/receivables").path("items")) {
            if (invoice.equals(item.path("invoiceNumber").asText())) {
                return item;
            }
        }
        return null;
    }

    private BigDecimal paidInCny() throws Exception {
        for (JsonNode total : crm("/api/customers/" + CUSTOMER + "/receivables").path("totals")) {
            if ("CNY".equals(total.path("currency").asText())) {
                return total.path("paid").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    private INVOICE shipAndBill() throws Exception {
        SalesOrderCreate order = new SalesOrderCreate();
        order.setREQUESTID("test-" + UUID.randomUUID());
        ORDERHEADERIN header = new ORDERHEADERIN();
        header.setKUNAG(ERP_NUMBER);
        header.setBSTKD("PO-" + UUID.randomUUID().toString().substring(0, 8));
        order.setORDERHEADERIN(header);
        ORDERITEMSIN items = new ORDERITEMSIN();
        ORDERITEMIN item = new ORDERITEMIN();
        item.setMATNR("SKU-00003");
        item.setKWMENG(BigDecimal.ONE);
        items.getItem().add(item);
        order.setORDERITEMSIN(items);
        String vbeln = erp.salesOrderCreate(order).getVBELN();
        GoodsIssuePost goodsIssue = new GoodsIssuePost();
        goodsIssue.setREQUESTID("test-" + UUID.randomUUID());
        goodsIssue.setVBELN(vbeln);
        return erp.goodsIssuePost(goodsIssue).getINVOICE();
    }

    @Test
    void anInvoiceAndItsPaymentShowInTheCrmsHistoryAndReceivablesCountedOnce() throws Exception {
        INVOICE invoice = shipAndBill();
        String number = invoice.getVBELN();

        await().atMost(FLOW).ignoreExceptions().until(() -> item(number) != null
                && item(number).path("invoiced").decimalValue().compareTo(invoice.getBRTWR()) == 0);
        JsonNode history = crm("/api/customers/" + CUSTOMER + "/history?size=500");
        assertThat(history.path("content").findValues("reference").stream().map(JsonNode::asText))
                .contains(number);
        BigDecimal paidBefore = paidInCny();

        PaymentPost payment = new PaymentPost();
        payment.setREQUESTID("test-" + UUID.randomUUID());
        payment.setKUNNR(ERP_NUMBER);
        payment.setDMBTR(invoice.getBRTWR().add(new BigDecimal("10.00")));
        payment.setWAERS("CNY");
        CLEARINGIN clearing = new CLEARINGIN();
        clearing.getItem().add(invoice.getBELNR());
        payment.setCLEARING(clearing);
        var posted = erp.paymentPost(payment);
        assertThat(posted.getUNAPPLIED()).isEqualByComparingTo("10.00");

        await().atMost(FLOW).ignoreExceptions().until(() -> item(number).path("open").decimalValue().signum() == 0);
        assertThat(item(number).path("paid").decimalValue()).isEqualByComparingTo(invoice.getBRTWR());
        await().atMost(FLOW).until(() -> paidInCny().compareTo(paidBefore.add(payment.getDMBTR())) == 0);
        JsonNode receivables = crm("/api/customers/" + CUSTOMER + "/receivables");
        assertThat(receivables.path("unapplied").findValues("reference").stream().map(JsonNode::asText))
                .contains(posted.getBELNR());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> paidInCny().compareTo(paidBefore.add(payment.getDMBTR())) == 0);
    }
}
