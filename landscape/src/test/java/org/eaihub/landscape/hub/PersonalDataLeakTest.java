package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.jms.Connection;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.adapters.erp.client.CustomerChange;
import org.eaihub.adapters.erp.client.ErpPortType;
import org.eaihub.config.seed.SeedData;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Customers' personal data stays out of the logs and the traces, and out of operators' dead-letter views: a customer
 * with known name, contact, e-mail, phone and street is created in the CRM, synchronized to the ERP, orders, and the
 * order runs to its invoice; one message with the same data is dead-lettered. Then every log line every system wrote
 * meanwhile (as the JSON log encoder wrote it) and every trace of the customer and the order are searched for that
 * data: zero hits. Operators see the dead letter masked; an administrator who asks sees it whole, and is audited.
 */
@ExtendWith(LandscapeFixture.class)
class PersonalDataLeakTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FLOW = Duration.ofSeconds(120);

    private final LandscapeFixture landscape;
    private final OrderFlows flows;
    private final LogCapture logs = new LogCapture();

    PersonalDataLeakTest(LandscapeFixture landscape) {
        this.landscape = landscape;
        this.flows = new OrderFlows(landscape.url("hub"), landscape.url("crm"), landscape.url("erp"),
                landscape.url("scm"), landscape::password);
    }

    @BeforeEach
    void captureLogsAndSpeedUpTheWarehouses() throws Exception {
        logs.start();
        flows.scmDelays(300, 60_000);
    }

    @AfterEach
    void stopCapturing() throws Exception {
        logs.stop();
        flows.resetScm();
    }

    @Test
    void aWholeOrderFlowLeavesNoPersonalDataInLogsTracesOrOperatorsDeadLetterViews() throws Exception {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), 36);
        String name = "Quillon Marigold " + tag;
        String contact = "Ottilie Fernsby " + tag;
        String email = "q.marigold." + tag + "@leakcheck.example.org";
        String contactEmail = "ottilie." + tag + "@leakcheck.example.org";
        String phone = "+46 70 " + (100 + ThreadLocalRandom.current().nextInt(900)) + " "
                + (1000 + ThreadLocalRandom.current().nextInt(9000));
        String street = "Lindenallee " + tag + " 17";
        List<String> secrets = List.of(name, "Marigold " + tag, contact, "Fernsby " + tag, email, contactEmail,
                "q.marigold." + tag, phone, phone.replace(" ", ""), street);

        SeedData.Customer template = SeedData.customers().stream()
                .filter(c -> LandscapeFixture.creditworthyCustomers().contains(c.crmId())).reduce((a, b) -> b)
                .orElseThrow();
        String customerId = crm("POST", "/api/customers", Map.of("kind", "ENTERPRISE", "name", name,
                "email", email, "phone", phone, "scmPartyId", template.scmPartyId(),
                "addresses", List.of(Map.of("type", "BILLING", "line1", street, "city", "Hamburg",
                        "postalCode", "20095", "countryCode", "DE")),
                "contacts", List.of(Map.of("name", contact, "jobTitle", "Buyer", "email", contactEmail,
                        "phone", phone, "primary", true)))).path("id").asText();
        String erpNumber = erpNumberOnceSynced(customerId);
        grantCredit(erpNumber);

        String order = flows.capture(customerId, OrderFlows.cheapSkus().get(0), 1);
        JsonNode done = flows.awaitState(order, FLOW, "COMPLETED", "REJECTED", "CANCELLED");
        assertThat(done.path("sagaState").asText()).as(done.toString()).isEqualTo("COMPLETED");

        String deadLetterId = deadLetterAnOrderQuoting(name, email, phone, street);
        JsonNode asOperator = await().atMost(Duration.ofSeconds(60)).until(
                () -> deadLetter("operator", deadLetterId, false), letter -> letter != null);

        // the traces of the customer and of the order: what the hub did, never whom for
        List<String> traces = new ArrayList<>();
        for (String query : List.of("businessKey=" + customerId, "businessKey=" + order,
                "correlationId=" + deadLetterId)) {
            HttpResponse<String> trace = TestClients.get(landscape.url("hub").resolve("/api/trace?" + query),
                    "operator", landscape.password("operator"));
            assertThat(trace.statusCode()).as(trace.body()).isEqualTo(200);
            traces.add(trace.body());
        }
        assertThat(String.join("\n", traces)).as("traces").contains(customerId);

        logs.stop();
        String logged = logs.text();
        assertThat(logged).as("the capture saw the flow's log lines").isNotBlank();
        assertNoHits("logs", logged, secrets);
        assertNoHits("traces", String.join("\n", traces), secrets);
        assertNoHits("an operator's view of the dead letter", asOperator.toString(), secrets);

        // the data was there to leak: an administrator who asks for it sees it, and that is audited
        JsonNode asAdmin = deadLetter("admin", deadLetterId, true);
        assertThat(asAdmin.path("body").asText()).contains(name, email, street);
        assertThat(personalDataAsked("operator", "DLQ.hub.in.order").statusCode()).isEqualTo(403);
        JsonNode audit = JSON.readTree(TestClients.get(landscape.url("hub").resolve("/api/audit?max=20"), "admin",
                landscape.password("admin")).body());
        assertThat(audit.findValuesAsText("action")).contains("dead-letter.read-personal-data");
        assertNoHits("the audit", audit.toString(), secrets);
    }

    private static void assertNoHits(String where, String text, List<String> secrets) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            assertThat(haystack).as("%s must not hold %s", where, secret)
                    .doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
    }

    private JsonNode crm(String method, String path, Object body) throws Exception {
        return TestClients.json(landscape.url("crm").resolve(path), "crm-user", landscape.password("crm-user"), method,
                body);
    }

    private String erpNumberOnceSynced(String customerId) {
        AtomicReference<String> number = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            number.set(crm("GET", "/api/customers/" + customerId, null).at("/crossReferences/erp").asText(null));
            return number.get() != null && !number.get().isEmpty();
        });
        return number.get();
    }

    /** A credit limit in the ERP's credit management, so that the new customer's order passes its credit check. */
    private void grantCredit(String erpNumber) throws Exception {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(landscape.url("erp").resolve("/services/erp").toString());
        factory.setUsername("integration");
        factory.setPassword(landscape.password("integration"));
        CustomerChange change = new CustomerChange();
        change.setREQUESTID("leak-" + UUID.randomUUID());
        change.setKUNNR(erpNumber);
        CUSTOMERCHANGEDATA data = new CUSTOMERCHANGEDATA();
        data.setKLIMK(BigDecimal.valueOf(1_000_000));
        change.setCUSTOMERDATA(data);
        factory.create(ErpPortType.class).customerChange(change);
    }

    /** An order the hub cannot read (an unknown currency), quoting the customer's data; returns its correlation id. */
    private String deadLetterAnOrderQuoting(String name, String email, String phone, String street) throws Exception {
        String correlationId = "leak-" + UUID.randomUUID();
        String body = JSON.writeValueAsString(Map.of("envelope", Map.of("messageType", "ProcessSalesOrder"),
                "salesOrder", Map.of("currency", "XXXX", "shipTo", Map.of("name", name, "email", email,
                        "phone", phone, "line1", street))));
        try (Connection connection = new ActiveMQConnectionFactory(landscape.coreUrl())
                .createConnection("integration", landscape.password("integration"))) {
            TestClients.sendText(connection, "hub.in.order", body, correlationId);
        }
        return correlationId;
    }

    private HttpResponse<String> personalDataAsked(String user, String queue) throws Exception {
        return TestClients.get(landscape.url("hub").resolve("/api/dead-letters/" + queue + "?max=1000&personalData=true"),
                user, landscape.password(user));
    }

    /** The dead letter with this correlation id as the user sees it, or null while it is not there. */
    private JsonNode deadLetter(String user, String correlationId, boolean personalData) throws Exception {
        HttpResponse<String> response = personalData ? personalDataAsked(user, "DLQ.hub.in.order")
                : TestClients.get(landscape.url("hub").resolve("/api/dead-letters/DLQ.hub.in.order?max=1000"), user,
                        landscape.password(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode letter : JSON.readTree(response.body())) {
            if (letter.toString().contains(correlationId)) {
                return letter;
            }
        }
        return null;
    }

    /** Every log event of every system, encoded as the console appender encodes it (JSON, masking applied). */
    private static final class LogCapture {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private AppenderBase<ILoggingEvent> appender;

        synchronized void start() {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Encoder<ILoggingEvent> encoder = consoleEncoder(root);
            appender = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    byte[] line = encoder.encode(event);
                    synchronized (bytes) {
                        bytes.writeBytes(line);
                    }
                }
            };
            appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            appender.setName("personal-data-leak-capture");
            appender.start();
            root.addAppender(appender);
        }

        synchronized void stop() {
            if (appender != null) {
                ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
                appender.stop();
                appender = null;
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        private static Encoder<ILoggingEvent> consoleEncoder(Logger root) {
            for (var it = root.iteratorForAppenders(); it.hasNext();) {
                Appender<ILoggingEvent> candidate = it.next();
                if (candidate instanceof OutputStreamAppender<ILoggingEvent> console) {
                    return console.getEncoder();
                }
            }
            throw new IllegalStateException("no console appender on the root logger");
        }
    }
}
