package org.eaihub.erp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.UUID;

import javax.management.Attribute;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.erp.ErpClients;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.CustomerCreateResponse;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.ErpFault;
import org.junit.jupiter.api.Test;

/** Each fault knob, switched at run time over REST and JMX, as a SOAP client suffers it. */
class FaultKnobsSoapTest extends ErpIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

    private static CustomerGetDetail detail() {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR("0010000001");
        return request;
    }

    private static CustomerCreate create(String requestId, String name) {
        CustomerCreate request = new CustomerCreate();
        request.setREQUESTID(requestId);
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1(name);
        data.setORT01("Nanjing");
        data.setLAND1("CN");
        request.setCUSTOMERDATA(data);
        return request;
    }

    private JsonNode setKnobs(String json) throws Exception {
        HttpResponse<String> response = rest("PUT", "/api/faults", "operator", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void setOverJmx(String attribute, Object value) throws Exception {
        jmx.setAttribute(new ObjectName(FaultKnobs.OBJECT_NAME), new Attribute(attribute, value));
    }

    @Test
    void addedLatencyDelaysEveryCall() throws Exception {
        setKnobs("{\"latencyMs\": 3000}");

        assertThatThrownBy(() -> clients().impatient("hub", 500).customerGetDetail(detail()))
                .isInstanceOf(WebServiceException.class).matches(ErpClients::isTimeout, "a timeout");
        assertThat(clients().fresh("hub").customerGetDetail(detail()).getCUSTOMER().getKUNNR())
                .isEqualTo("0010000001");
    }

    @Test
    void aServerFaultProcessesNothing() throws Exception {
        setOverJmx("ErrorRate", 1.0);
        setOverJmx("Kind", "SERVER");
        String requestId = requestId();
        String name = "Jinqiao Retail " + UUID.randomUUID().toString().substring(0, 6);

        assertThatThrownBy(() -> erp().customerCreate(create(requestId, name)))
                .isInstanceOfSatisfying(SOAPFaultException.class, e -> {
                    assertThat(e.getFault().getFaultCodeAsQName().getLocalPart()).isEqualTo("Server");
                    assertThat(e.getMessage()).contains("injected");
                });
        assertThat(count("customer", "name1 = ?", name)).isZero();

        knobs.reset();
        CustomerCreateResponse retry = erp().customerCreate(create(requestId, name));
        assertThat(retry.getRETURN().getItem().get(0).getNUMBER()).as("run now, not replayed").isEqualTo("011");
        assertThat(count("customer", "name1 = ?", name)).isEqualTo(1);
    }

    @Test
    void aBusinessFaultIsAnErpFault() throws Exception {
        setKnobs("{\"errorRate\": 1, \"kind\": \"BUSINESS\"}");

        assertThatThrownBy(() -> erp().customerGetDetail(detail())).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 090");
            assertThat(e.getFaultInfo().getRETURN().getItem().get(0).getTYPE().value()).isEqualTo("E");
            assertThat(e.getMessage()).contains("locked", "injected");
        });
    }

    @Test
    void aHangLastsTheLatencyAndEndsAsAGatewayTimeout() throws Exception {
        setKnobs("{\"errorRate\": 1, \"kind\": \"HANG\", \"latencyMs\": 2000}");

        assertThatThrownBy(() -> clients().impatient("hub", 500).customerGetDetail(detail()))
                .isInstanceOf(WebServiceException.class).matches(ErpClients::isTimeout, "a timeout");
        assertThatThrownBy(() -> clients().fresh("hub").customerGetDetail(detail()))
                .isInstanceOf(WebServiceException.class).hasStackTraceContaining("504");
    }

    @Test
    void aMalformedResponseComesAfterTheWorkIsDoneSoARetryGetsTheResult() throws Exception {
        setKnobs("{\"errorRate\": 1, \"kind\": \"MALFORMED\"}");
        String requestId = requestId();
        String name = "Dongfang Logistics " + UUID.randomUUID().toString().substring(0, 6);

        assertThatThrownBy(() -> erp().customerCreate(create(requestId, name)))
                .isInstanceOf(WebServiceException.class)
                .hasRootCauseInstanceOf(com.ctc.wstx.exc.WstxEOFException.class);
        assertThat(count("customer", "name1 = ?", name)).as("processed").isEqualTo(1);

        knobs.reset();
        CustomerCreateResponse retry = erp().customerCreate(create(requestId, name));
        assertThat(retry.getRETURN().getItem().get(0).getNUMBER()).as("replayed").isEqualTo("001");
        assertThat(retry.getKUNNR()).isEqualTo(jdbc.queryForObject("SELECT kunnr FROM customer WHERE name1 = ?",
                String.class, name));
    }

    @Test
    void anErrorRateFailsAShareOfTheCalls() throws Exception {
        setKnobs("{\"errorRate\": 0.5, \"kind\": \"SERVER\"}");
        int failed = 0;
        int calls = 40;

        for (int i = 0; i < calls; i++) {
            try {
                erp().customerGetDetail(detail());
            } catch (SOAPFaultException e) {
                failed++;
            }
        }

        assertThat(failed).isBetween(1, calls - 1);
    }

    @Test
    void theKnobsOverRestAreForOperatorsAndAdministrators() throws Exception {
        JsonNode off = JSON.readTree(rest("GET", "/api/faults", "operator", null).body());
        assertThat(off.path("latencyMs").asLong()).isZero();
        assertThat(off.path("errorRate").asDouble()).isZero();
        assertThat(off.path("outage").asBoolean()).isFalse();

        JsonNode set = JSON.readTree(rest("PUT", "/api/faults", "admin", "{\"latencyMs\": 5, \"kind\": \"HANG\"}")
                .body());
        assertThat(set.path("latencyMs").asLong()).isEqualTo(5);
        assertThat(set.path("kind").asText()).isEqualTo("HANG");
        assertThat(knobs.getLatencyMs()).isEqualTo(5);

        assertThat(rest("PUT", "/api/faults", "operator", "{\"errorRate\": 1.5}").statusCode()).isEqualTo(400);
        assertThat(rest("PUT", "/api/faults", "operator", "{\"latencyMs\": -1}").statusCode()).isEqualTo(400);
        assertThat(rest("GET", "/api/faults", "crm-user", null).statusCode()).isEqualTo(403);
        assertThat(rest("PUT", "/api/faults", "hub", "{\"errorRate\": 1}").statusCode()).isEqualTo(403);
        assertThat(rest("GET", "/api/faults", null, null).statusCode()).isEqualTo(401);
        assertThat(knobs.getErrorRate()).isZero();

        JsonNode reset = JSON.readTree(rest("DELETE", "/api/faults", "operator", null).body());
        assertThat(reset.path("latencyMs").asLong()).isZero();
        assertThat(reset.path("kind").asText()).isEqualTo("SERVER");
    }

    @Test
    void theKnobsOverJmx() throws Exception {
        ObjectName name = new ObjectName(FaultKnobs.OBJECT_NAME);
        assertThat(name.getDomain()).isEqualTo("eaihub.erp");

        setOverJmx("LatencyMs", 7L);
        setOverJmx("ErrorRate", 0.25);
        setOverJmx("Kind", "malformed");

        assertThat(jmx.getAttribute(name, "LatencyMs")).isEqualTo(7L);
        assertThat(jmx.getAttribute(name, "ErrorRate")).isEqualTo(0.25);
        assertThat(jmx.getAttribute(name, "Kind")).isEqualTo("MALFORMED");
        assertThat(jmx.getAttribute(name, "Outage")).isEqualTo(false);
        JsonNode state = JSON.readTree(rest("GET", "/api/faults", "operator", null).body());
        assertThat(state.path("kind").asText()).isEqualTo("MALFORMED");
        assertThatThrownBy(() -> setOverJmx("ErrorRate", 2.0)).hasStackTraceContaining("Error rate is 0 to 1");

        jmx.invoke(name, "reset", new Object[0], new String[0]);
        assertThat(jmx.getAttribute(name, "ErrorRate")).isEqualTo(0.0);
    }

    @Test
    void theWsdlStaysReachableWhateverTheKnobs() throws Exception {
        setKnobs("{\"errorRate\": 1, \"kind\": \"SERVER\", \"latencyMs\": 10}");

        assertThat(rest("GET", "/services/erp?wsdl", null, null).statusCode()).isEqualTo(200);
        assertThat(new BigDecimal(knobs.getErrorRate())).isEqualByComparingTo("1");
    }
}
