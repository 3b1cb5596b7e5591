package org.eaihub.erp;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;

import org.eaihub.erp.faults.FaultKnobs;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.ErpPortType;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.GoodsIssuePostResponse;
import org.eaihub.erp.soap.api.ORDERHEADERIN;
import org.eaihub.erp.soap.api.ORDERITEMIN;
import org.eaihub.erp.soap.api.ORDERITEMSIN;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.SalesOrderCreateResponse;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ERP application as it runs, with its own configuration ({@code application,erp}), on a random port,
 * with its H2 database in a directory under target/ and Spring Boot's embedded Artemis broker. Every test class
 * shares this one context; the fault knobs are reset after each test.
 */
@SpringBootTest(classes = ErpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=application,erp",
            "spring.profiles.active=embedded",
            "spring.artemis.mode=embedded",
            "spring.artemis.embedded.queues=erp.notifications",
            "eaihub.outbox.poll-interval=50ms",
            // responses are validated too: the service must keep to its own contract
            "eaihub.erp.soap.schema-validation=BOTH"
        })
public abstract class ErpIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected FaultKnobs knobs;

    @Autowired
    private ConnectionFactory connectionFactory;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("eaihub.data-dir", () -> TestEnvironment.dataDir().toString());
        registry.add("eaihub.credentials.erp", () -> TestEnvironment.password("erp"));
    }

    @AfterEach
    void resetFaultKnobs() {
        knobs.reset();
    }

    protected ErpClients clients() {
        return ErpClients.on(port);
    }

    /** The hub's view: the service account most calls use. */
    protected ErpPortType erp() {
        return clients().port("hub");
    }

    protected Notifications notifications() {
        ConnectionFactory target = connectionFactory instanceof CachingConnectionFactory caching
                ? caching.getTargetConnectionFactory() : connectionFactory;
        return new Notifications(target);
    }

    protected static String requestId() {
        return "test-" + UUID.randomUUID();
    }

    /** A new customer with the given credit limit (through the service, as a client creates one). */
    protected String newCustomer(String creditLimit) throws ErpFault {
        CustomerCreate request = new CustomerCreate();
        request.setREQUESTID(requestId());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1("Test Customer");
        data.setORT01("Shanghai");
        data.setLAND1("CN");
        data.setKLIMK(new BigDecimal(creditLimit));
        data.setZTERM("0030");
        request.setCUSTOMERDATA(data);
        return erp().customerCreate(request).getKUNNR();
    }

    protected static SalesOrderCreate orderRequest(String customer, String... materialAndQuantity) {
        SalesOrderCreate request = new SalesOrderCreate();
        request.setREQUESTID(requestId());
        ORDERHEADERIN header = new ORDERHEADERIN();
        header.setKUNAG(customer);
        header.setBSTKD("PO-" + UUID.randomUUID().toString().substring(0, 8));
        request.setORDERHEADERIN(header);
        ORDERITEMSIN items = new ORDERITEMSIN();
        for (int i = 0; i < materialAndQuantity.length; i += 2) {
            ORDERITEMIN item = new ORDERITEMIN();
            item.setMATNR(materialAndQuantity[i]);
            item.setKWMENG(new BigDecimal(materialAndQuantity[i + 1]));
            items.getItem().add(item);
        }
        request.setORDERITEMSIN(items);
        return request;
    }

    protected SalesOrderCreateResponse newOrder(String customer, String... materialAndQuantity) throws ErpFault {
        return erp().salesOrderCreate(orderRequest(customer, materialAndQuantity));
    }

    protected GoodsIssueResult shipAndBill(String customer, String... materialAndQuantity) throws ErpFault {
        SalesOrderCreateResponse order = newOrder(customer, materialAndQuantity);
        GoodsIssuePost request = new GoodsIssuePost();
        request.setREQUESTID(requestId());
        request.setVBELN(order.getVBELN());
        return new GoodsIssueResult(order, erp().goodsIssuePost(request), request.getREQUESTID());
    }

    protected record GoodsIssueResult(SalesOrderCreateResponse order, GoodsIssuePostResponse goodsIssue,
            String requestId) {
    }

    /** A REST call with HTTP Basic credentials of the user (null: none). */
    protected java.net.http.HttpResponse<String> rest(String method, String path, String user, String json)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(clients().base().resolve(path))
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + TestEnvironment.password(user)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The message class and number of a fault's first error, e.g. {@code ZERP 030}. */
    protected static String messageOf(ErpFault fault) {
        var message = fault.getFaultInfo().getRETURN().getItem().get(0);
        return message.getID() + " " + message.getNUMBER();
    }

    protected int count(String table, String where, Object... arguments) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + where, Integer.class, arguments);
        return n == null ? 0 : n;
    }
}
