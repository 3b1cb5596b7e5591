package org.eaihub.crm;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.jms.ConnectionFactory;

import org.eaihub.canonical.CanonicalCodec;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The CRM as a client uses it, on a real database and a real broker (in-VM Artemis): one application for every
 * API test class that extends this, so that it starts once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=application,crm")
public abstract class CrmApiTestSupport {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmTestEnvironment.register(registry);
    }

    @Autowired
    protected TestRestTemplate rest;

    @Autowired
    protected ConnectionFactory connectionFactory;

    protected final CanonicalCodec codec = new CanonicalCodec();

    /** A client of the test broker; a receive waits up to 10 s. */
    protected JmsTemplate jms;

    @BeforeEach
    void broker() {
        jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(10_000);
    }

    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        return call(user, method, path, body, new HttpHeaders());
    }

    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body,
            HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, CrmTestEnvironment.password(user));
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new customer of the given status, created by crm-user. */
    protected String newCustomer(String status) {
        Map<String, Object> body = new HashMap<>();
        String u = unique();
        body.put("kind", "ENTERPRISE");
        body.put("name", "Order Test " + u);
        body.put("email", u + "@orders.example.com");
        body.put("status", status);
        if (!status.equals("ACTIVE")) {
            body.put("statusReason", "unpaid debts");
        }
        return call("crm-user", HttpMethod.POST, "/api/customers?force=true", body).getBody().path("id")
                .asText();
    }

}
