package org.eaihub.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import org.eaihub.canonical.Format;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.crm.CrmApiTestSupport;
import org.eaihub.crm.CrmTestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The CRM's REST API as a client uses it, on a real database and a real broker (in-VM Artemis). */
class CustomerApiTest extends CrmApiTestSupport {

    private static Map<String, Object> enterprise(String name, String taxId, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ENTERPRISE");
        body.put("name", name);
        body.put("taxId", taxId);
        body.put("email", email);
        body.put("phone", phone);
        body.put("addresses", List.of(Map.of("type", "BILLING", "line1", "8 Binjiang Avenue", "city", "Hangzhou",
                "postalCode", "310000", "countryCode", "cn")));
        return body;
    }

    /** The next event for the customer, skipping events of other tests. */
    private SyncCustomerPartyMaster nextEventFor(String customerId) throws Exception {
        for (int i = 0; i < 50; i++) {
            Message message = jms.receiveSelected(CustomerEvents_QUEUE, "businessKey = '" + customerId + "'");
            assertThat(message).as("an event for " + customerId).isNotNull();
            SyncCustomerPartyMaster event = codec.read(((TextMessage) message).getText()
                    .getBytes(StandardCharsets.UTF_8), Format.JSON, SyncCustomerPartyMaster.class);
            assertThat(message.getStringProperty("_AMQ_DUPL_ID")).isEqualTo(event.envelope().messageId());
            assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(customerId);
            assertThat(message.getStringProperty("messageType")).isEqualTo("SyncCustomerPartyMaster");
            return event;
        }
        throw new AssertionError("unreachable");
    }

    private static final String CustomerEvents_QUEUE = org.eaihub.crm.events.CustomerEvents.QUEUE;

    @Test
    void aCreatedCustomerIsNormalizedGetsAnIdAndLeavesAsAnEvent() throws Exception {
        String u = unique();
        var response = call("crm-user", HttpMethod.POST, "/api/customers",
                enterprise("  Seaview   Retail " + u + " Co., Ltd. ", "9133-" + u, " Buy." + u + "@Seaview.Example.com",
                        "0571 8888 " + (1000 + Math.abs(u.hashCode() % 9000))));

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode customer = response.getBody();
        String id = customer.path("id").asText();
        assertThat(id).matches("C-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/customers/" + id);
        assertThat(customer.path("name").asText()).isEqualTo("Seaview Retail " + u + " Co., Ltd.");
        assertThat(customer.path("email").asText()).isEqualTo("buy." + u + "@seaview.example.com");
        assertThat(customer.path("phone").asText()).startsWith("+86571");
        assertThat(customer.path("taxId").asText()).isEqualTo(("9133" + u).toUpperCase());
        assertThat(customer.at("/addresses/0/countryCode").asText()).isEqualTo("CN");
        assertThat(customer.path("owner").asText()).isEqualTo("crm-user");
        assertThat(customer.path("team").asText()).isEqualTo("east");

        SyncCustomerPartyMaster event = nextEventFor(id);
        assertThat(event.customer().customerId()).isEqualTo(id);
        assertThat(event.customer().version()).isZero();
        assertThat(event.envelope().businessKey()).isEqualTo(id);
        codec.validate(event);
    }

    @Test
    void duplicatesAreRefusedByRuleAndOnlyTheOverridableRulesGiveWay() {
        String u = unique();
        var first = call("crm-user", HttpMethod.POST, "/api/customers",
                enterprise("Polaris Electronics " + u, "TAX" + u, u + "@polaris.example.com", "+86 21 5555 " + 1234))
                .getBody();

        var sameTax = call("crm-user", HttpMethod.POST, "/api/customers?force=true",
                enterprise("Other " + u, "tax" + u, null, null));
        assertThat(sameTax.getStatusCode().value()).isEqualTo(409);
        assertThat(sameTax.getBody().at("/matches/0/customerId").asText()).isEqualTo(first.path("id").asText());
        assertThat(sameTax.getBody().at("/matches/0/rule").asText()).isEqualTo("same-tax-id");

        var sameEmail = call("crm-user", HttpMethod.POST, "/api/customers?force=true",
                enterprise("Other " + u, null, u.toUpperCase() + "@POLARIS.example.com", null));
        assertThat(sameEmail.getStatusCode().value()).isEqualTo(409);
        assertThat(sameEmail.getBody().at("/matches/0/rule").asText()).isEqualTo("same-email");

        var similar = enterprise("POLARIS ELECTRONICS " + u + " LIMITED", null, null, null);
        assertThat(call("crm-user", HttpMethod.POST, "/api/customers", similar).getBody()
                .at("/matches/0/rule").asText()).isEqualTo("similar-name-and-address");
        assertThat(call("crm-user", HttpMethod.POST, "/api/customers?force=true", similar).getStatusCode().value())
                .as("a possible duplicate may be created on purpose").isEqualTo(201);
    }

    @Test
    void invalidInputIsRefusedNamingEachFieldAndRule() {
        Map<String, Object> body = enterprise("Bad " + unique(), null, "not-an-email", "12");
        body.put("lifecycle", "FORMER");
        body.put("creditLimit", 1_000_000);

        var response = call("crm-user", HttpMethod.POST, "/api/customers", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        response.getBody().path("errors").forEach(e -> errors.add(e.path("field").asText() + " " + e.path("rule")
                .asText()));
        assertThat(errors).contains("email email", "phone phone", "reasonForLeaving requiredWhen lifecycle=FORMER",
                "creditLimit readOnly");
        assertThat(response.getBody().toString()).doesNotContain("not-an-email");

        Map<String, Object> noName = enterprise(null, null, null, null);
        var missing = call("crm-user", HttpMethod.POST, "/api/customers", noName);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().at("/errors/0/field").asText()).isEqualTo("name");
    }

    @Test
    void anUpdateNamesItsVersionAndEveryChangeIsAudited() throws Exception {
        String u = unique();
        JsonNode created = call("crm-user", HttpMethod.POST, "/api/customers",
                enterprise("Kunlun Import " + u, null, u + "@kunlun.example.com", null)).getBody();
        String id = created.path("id").asText();
        assertThat(created.path("version").asLong()).isZero();
        long v1 = call("crm-user", HttpMethod.GET, "/api/customers/" + id, null).getBody().path("version").asLong();
        long v2 = call("crm-user", HttpMethod.GET, "/api/customers/" + id, null).getBody().path("version").asLong();
        assertThat(List.of(v1, v2)).as("creating is one write, reading none").containsExactly(0L, 0L);
        nextEventFor(id);

        Map<String, Object> change = enterprise("Kunlun Import " + u, null, u + "@kunlun.example.com", null);
        change.put("version", 0);
        change.put("grade", "MAJOR");
        change.put("keyAccount", true);
        var updated = call("crm-user", HttpMethod.PUT, "/api/customers/" + id, change);
        assertThat(updated.getStatusCode().value()).as(String.valueOf(updated.getBody())).isEqualTo(200);
        assertThat(updated.getBody().path("version").asLong()).isEqualTo(1);
        assertThat(nextEventFor(id).customer().version()).isEqualTo(1);

        var stale = call("crm-user", HttpMethod.PUT, "/api/customers/" + id, change);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);

        JsonNode audit = call("admin", HttpMethod.GET, "/api/customers/" + id + "/audit", null).getBody();
        assertThat(audit.at("/content/0/action").asText()).isEqualTo("UPDATE");
        assertThat(audit.at("/content/0/actor").asText()).isEqualTo("crm-user");
        assertThat(audit.at("/content/0/detail").asText()).contains("\"grade\"").contains("\"keyAccount\"")
                .doesNotContain("\"name\"");
        assertThat(audit.at("/content/1/action").asText()).isEqualTo("CREATE");
        assertThat(call("crm-user", HttpMethod.GET, "/api/customers/" + id + "/audit", null).getStatusCode().value())
                .as("the audit trail is for administrators").isEqualTo(403);
    }

    @Test
    void aRestrictedRecordIsRefusedOutsideItsOwnerTeamAndNamedStaffAndTheAttemptIsAudited() {
        String u = unique();
        Map<String, Object> body = enterprise("Meridian Holdings " + u, null, u + "@meridian.example.com", null);
        body.put("visibility", "RESTRICTED");
        body.put("restrictedTo", List.of("crm-user"));
        String id = call("alice", HttpMethod.POST, "/api/customers", body).getBody().path("id").asText();

        assertThat(call("bob", HttpMethod.GET, "/api/customers/" + id, null).getStatusCode().value())
                .as("bob works in another team and is not named").isEqualTo(403);
        assertThat(call("bob", HttpMethod.PUT, "/api/customers/" + id, body).getStatusCode().value()).isEqualTo(403);
        assertThat(call("bob", HttpMethod.GET, "/api/customers?q=" + u, null).getBody().path("page")
                .path("totalElements").asInt()).as("and does not find it").isZero();
        assertThat(call("alice", HttpMethod.GET, "/api/customers/" + id, null).getStatusCode().value())
                .as("the owner").isEqualTo(200);
        assertThat(call("crm-user", HttpMethod.GET, "/api/customers/" + id, null).getStatusCode().value())
                .as("named staff").isEqualTo(200);

        JsonNode audit = call("admin", HttpMethod.GET, "/api/customers/" + id + "/audit", null).getBody();
        List<String> entries = new ArrayList<>();
        audit.path("content").forEach(e -> entries.add(e.path("actor").asText() + " " + e.path("action").asText()));
        assertThat(entries).contains("bob DENIED", "alice READ_RESTRICTED", "crm-user READ_RESTRICTED",
                "alice CREATE");
        assertThat(entries.stream().filter(e -> e.equals("bob DENIED"))).hasSize(2);
    }

    @Test
    void aMergeCombinesTheRecordsFreesTheDuplicatesKeysAndKeepsAHistory() throws Exception {
        String u = unique();
        String survivor = call("crm-user", HttpMethod.POST, "/api/customers",
                enterprise("Yunfeng Technology " + u, "YF" + u, null, null)).getBody().path("id").asText();
        Map<String, Object> other = enterprise("Yunfeng Tech " + u, null, u + "@yunfeng.example.com", null);
        other.put("grade", "VIP");
        String duplicate = call("crm-user", HttpMethod.POST, "/api/customers?force=true", other).getBody()
                .path("id").asText();
        nextEventFor(survivor);
        nextEventFor(duplicate);

        var merged = call("crm-user", HttpMethod.POST, "/api/customers/" + survivor + "/merge",
                Map.of("duplicateId", duplicate));

        assertThat(merged.getStatusCode().value()).as(String.valueOf(merged.getBody())).isEqualTo(200);
        assertThat(merged.getBody().path("email").asText()).isEqualTo(u + "@yunfeng.example.com");
        assertThat(merged.getBody().path("grade").asText()).isEqualTo("VIP");
        JsonNode gone = call("crm-user", HttpMethod.GET, "/api/customers/" + duplicate, null).getBody();
        assertThat(gone.path("status").asText()).isEqualTo("MERGED");
        assertThat(gone.path("mergedInto").asText()).isEqualTo(survivor);
        JsonNode history = call("crm-user", HttpMethod.GET, "/api/customers/" + survivor + "/merges", null).getBody();
        assertThat(history.at("/0/mergedId").asText()).isEqualTo(duplicate);
        assertThat(history.at("/0/decisions").asText()).contains("\"email\":\"DUPLICATE\"");
        assertThat(nextEventFor(survivor).customer().contacts().get(0).email()).isEqualTo(u + "@yunfeng.example.com");
        assertThat(nextEventFor(duplicate).customer().statusReason()).isEqualTo("merged into " + survivor);
        assertThat(call("crm-user", HttpMethod.POST, "/api/customers/" + survivor + "/merge",
                Map.of("duplicateId", duplicate)).getStatusCode().value()).as("merged only once").isEqualTo(409);
    }

    @Test
    void anImportReportsEachRowCreatedDuplicateOrInvalid() {
        String u = unique();
        String existingEmail = call("crm-user", HttpMethod.GET, "/api/customers/C-000007", null).getBody()
                .path("email").asText();
        String csv = String.join("\n",
                "kind,name,taxId,email,phone,line1,city,postalCode,countryCode",
                "ENTERPRISE,Alpina Foods " + u + ",AF" + u + ",,,1 Renmin Road,Wuhan,430000,CN",
                "INDIVIDUAL,Jan Novak,," + existingEmail + ",,,,,",
                "ENTERPRISE,ALPINA FOODS " + u + " LTD,,,,1 Renmin Road,Wuhan,430000,CN",
                "ENTERPRISE,Redwood " + u + ",RW" + u + ",redwood@" + u + ".example.com,,,,,",
                "INDIVIDUAL,Bad Mail " + u + ",,no-at-sign,,,,,",
                "ROBOT,Nobody,,,,,,,",
                "ENTERPRISE,Redwood Again " + u + ",,REDWOOD@" + u + ".example.com,,,,,");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        var response = rest.withBasicAuth("crm-user", CrmTestEnvironment.password("crm-user"))
                .exchange("/api/customers/import", HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<String> outcomes = new ArrayList<>();
        response.getBody().forEach(r -> outcomes.add(r.path("row").asInt() + " " + r.path("outcome").asText() + " "
                + r.path("rule").asText("")));
        assertThat(outcomes).containsExactly(
                "1 CREATED ",
                "2 DUPLICATE_OF_EXISTING same-email",
                "3 DUPLICATE_IN_FILE similar-name-and-address",
                "4 CREATED ",
                "5 INVALID ",
                "6 INVALID ",
                "7 DUPLICATE_IN_FILE same-email");
        assertThat(response.getBody().get(1).path("duplicateOf").asText()).isEqualTo("C-000007");
        assertThat(response.getBody().get(2).path("duplicateOfRow").asInt()).isEqualTo(1);
        assertThat(response.getBody().get(4).at("/errors/0/field").asText()).isEqualTo("email");
        assertThat(response.getBody().get(5).at("/errors/0/field").asText()).isEqualTo("kind");
    }

    @Test
    void twoLiveCustomersNeverShareAnEmailEvenWhenCreatedAtTheSameMoment() throws Exception {
        String u = unique();
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int n = i;
            Callable<Integer> create = () -> {
                start.await();
                return call("crm-user", HttpMethod.POST, "/api/customers?force=true",
                        enterprise("Racer " + n + " " + u, null, "race@" + u + ".example.com", null))
                        .getStatusCode().value();
            };
            statuses.add(pool.submit(create));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        assertThat(call("admin", HttpMethod.GET, "/api/customers?q=race@" + u + ".example.com", null).getBody()
                .path("page").path("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void theSeedIsLoadedWithCrossReferencesAndSearchPages() {
        JsonNode page = call("crm-user", HttpMethod.GET, "/api/customers?size=5&page=1", null).getBody();
        assertThat(page.path("page").path("totalElements").asInt()).isGreaterThanOrEqualTo(980);
        assertThat(page.path("content")).hasSize(5);
        assertThat(page.at("/content/0/id").asText()).isEqualTo("C-000006");
        JsonNode seeded = call("crm-user", HttpMethod.GET, "/api/customers/C-000042", null).getBody();
        assertThat(seeded.at("/crossReferences/erp").asText()).isEqualTo("0010000042");
        assertThat(seeded.at("/crossReferences/scm").asText()).isEqualTo("SP-000042");
        assertThat(seeded.at("/credit/limit").decimalValue()).isPositive();
        JsonNode enterprises = call("crm-user", HttpMethod.GET, "/api/customers?kind=ENTERPRISE&size=200", null)
                .getBody();
        enterprises.path("content").forEach(c -> assertThat(c.path("kind").asText()).isEqualTo("ENTERPRISE"));
    }

    @Test
    void onlyCrmStaffAdministratorsAndSystemsUseTheApi() {
        assertThat(call(null, HttpMethod.GET, "/api/customers/C-000001", null).getStatusCode().value()).isEqualTo(401);
        assertThat(call("operator", HttpMethod.GET, "/api/customers/C-000001", null).getStatusCode().value())
                .isEqualTo(403);
        assertThat(call("crm-user", HttpMethod.PUT, "/api/customers/C-000001/credit",
                Map.of("grade", "A", "limit", 1, "currency", "CNY", "blocked", false)).getStatusCode().value())
                .as("credit is the ERP's").isEqualTo(403);
        assertThat(call("hub", HttpMethod.PUT, "/api/customers/C-000001/credit",
                Map.of("grade", "A", "limit", 1, "currency", "CNY", "blocked", true)).getBody()
                .at("/credit/blocked").asBoolean()).isTrue();
    }

    @Test
    void consumptionEventsAreRecordedOnceByEventId() {
        Map<String, Object> event = Map.of("eventId", "evt-" + unique(), "kind", "ORDER", "reference", "SO-1",
                "amount", 99.5, "currency", "CNY", "sourceSystem", "ERP", "occurredAt", "2026-11-01T10:00:00Z");
        assertThat(call("hub", HttpMethod.POST, "/api/customers/C-000003/history", event).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call("hub", HttpMethod.POST, "/api/customers/C-000003/history", event).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call("crm-user", HttpMethod.POST, "/api/customers/C-000003/history", event).getStatusCode()
                .value()).isEqualTo(403);
        JsonNode history = call("crm-user", HttpMethod.GET, "/api/customers/C-000003/history", null).getBody();
        assertThat(history.path("content")).hasSize(1);
        assertThat(history.at("/content/0/reference").asText()).isEqualTo("SO-1");
    }
}
