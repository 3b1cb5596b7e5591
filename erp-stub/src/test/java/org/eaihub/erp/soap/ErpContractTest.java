package org.eaihub.erp.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.CustomerGetDetailResponse;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.TradeHistoryGet;
import org.junit.jupiter.api.Test;

/** The published contract, the way in (credentials, roles) and what an invalid request gets back. */
class ErpContractTest extends ErpIntegrationTest {

    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body>%s</soap:Body></soap:Envelope>";

    private static CustomerGetDetail detail(String customer) {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(customer);
        return request;
    }

    private HttpResponse<String> post(String user, String body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(clients().base().resolve("/services/erp"))
                .header("Content-Type", "text/xml;charset=UTF-8")
                .header("SOAPAction", "\"urn:eaihub:erp:v1:CustomerGetDetail\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(String.format(ENVELOPE, body)));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + org.eaihub.erp.TestEnvironment.password(user)).getBytes()));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServedWsdlIsTheHandWrittenContractAndPublic() throws Exception {
        HttpResponse<String> wsdl = rest("GET", "/services/erp?wsdl", null, null);

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("Rejects every item of an order not yet delivered.",
                "name=\"ErpPortType\"", "soapAction=\"urn:eaihub:erp:v1:PaymentPost\"",
                "location=\"http://localhost:" + port + "/services/erp\"", "?xsd=ErpService.xsd");

        HttpResponse<String> xsd = rest("GET", "/services/erp?xsd=ErpService.xsd", null, null);
        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(xsd.body()).contains("Customer number, 10 digits", "name=\"KUNNR\"", "name=\"BAPIRET2\"");
    }

    @Test
    void theNotificationSchemaIsPublished() throws Exception {
        HttpResponse<String> xsd = rest("GET", "/schemas/erp/ErpNotification.xsd", null, null);

        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(xsd.body()).contains("targetNamespace=\"urn:eaihub:erp:notification:v1\"", "E1INVOICE");
    }

    @Test
    void aClientBuiltFromTheServedWsdlReadsASeededCustomer() throws Exception {
        SeedData.Customer seed = SeedData.customers().get(41);

        CustomerGetDetailResponse response = clients().fresh("integration").customerGetDetail(detail(seed.erpNumber()));

        assertThat(response.getCUSTOMER().getKUNNR()).isEqualTo(seed.erpNumber());
        assertThat(response.getCUSTOMER().getORT01()).isEqualTo(seed.city());
        assertThat(response.getCREDIT().getKLIMK()).isEqualByComparingTo(seed.creditLimit());
    }

    @Test
    void aCallWithoutCredentialsIsRefusedWith401() throws Exception {
        assertThatThrownBy(() -> clients().fresh(null).customerGetDetail(detail("0010000001")))
                .isInstanceOf(WebServiceException.class).hasStackTraceContaining("401");
        assertThat(post(null, "<erp:CustomerGetDetail xmlns:erp=\"urn:eaihub:erp:v1\"><KUNNR>0010000001</KUNNR>"
                + "</erp:CustomerGetDetail>").statusCode()).isEqualTo(401);
    }

    @Test
    void aCallWithAWrongPasswordIsRefusedWith401() {
        var client = clients().fresh("hub");
        ((jakarta.xml.ws.BindingProvider) client).getRequestContext()
                .put(jakarta.xml.ws.BindingProvider.PASSWORD_PROPERTY, "wrong");

        assertThatThrownBy(() -> client.customerGetDetail(detail("0010000001")))
                .isInstanceOf(WebServiceException.class).hasStackTraceContaining("401");
    }

    @Test
    void onlyApplicationsIntegrationClientsAndAdministratorsMayCall() throws Exception {
        assertThatThrownBy(() -> clients().port("crm-user").customerGetDetail(detail("0010000001")))
                .isInstanceOf(WebServiceException.class).hasStackTraceContaining("403");
        assertThatThrownBy(() -> clients().port("operator").customerGetDetail(detail("0010000001")))
                .isInstanceOf(WebServiceException.class).hasStackTraceContaining("403");
        for (String user : new String[] {"hub", "integration", "admin"}) {
            assertThat(clients().port(user).customerGetDetail(detail("0010000001")).getCUSTOMER().getKUNNR())
                    .as(user).isEqualTo("0010000001");
        }
    }

    private static void assertInvalid(ThrowingCallable call, String... named) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SOAPFaultException.class, e -> {
            assertThat(e.getFault().getFaultCodeAsQName().getLocalPart()).isEqualTo("Client");
            assertThat(e.getMessage()).startsWith("Invalid request: ").contains(named);
        });
    }

    @Test
    void anInvalidRequestGetsAFaultNamingTheFieldAndTheRule() {
        assertInvalid(() -> erp().customerGetDetail(detail("12345")), "KUNNR", "pattern", "[0-9]{10}");

        SalesOrderCreate order = orderRequest("12", "SKU-00001", "1");
        assertInvalid(() -> erp().salesOrderCreate(order), "KUNAG", "cvc-pattern-valid", "'12'");

        SalesOrderCreate negative = orderRequest("0010000001", "SKU-00001", "-1");
        assertInvalid(() -> erp().salesOrderCreate(negative), "KWMENG", "minExclusive");

        SalesOrderCreate lowerCase = orderRequest("0010000001", "sku-00001", "1");
        assertInvalid(() -> erp().salesOrderCreate(lowerCase), "MATNR", "pattern");

        CustomerCreate noName = new CustomerCreate();
        noName.setREQUESTID(requestId());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setORT01("Shanghai");
        data.setLAND1("CN");
        noName.setCUSTOMERDATA(data);
        assertInvalid(() -> erp().customerCreate(noName), "cvc-complex-type", "ORT01", "NAME1");

        CustomerCreate badTerms = new CustomerCreate();
        badTerms.setREQUESTID("has spaces");
        CUSTOMERCREATEDATA terms = new CUSTOMERCREATEDATA();
        terms.setNAME1("X");
        terms.setORT01("Shanghai");
        terms.setLAND1("CN");
        badTerms.setCUSTOMERDATA(terms);
        assertInvalid(() -> erp().customerCreate(badTerms), "REQUEST_ID", "pattern");
        badTerms.setREQUESTID(requestId());
        terms.setZTERM("0045");
        assertInvalid(() -> erp().customerCreate(badTerms), "ZTERM", "enumeration");
        terms.setZTERM(null);
        terms.setKLIMK(new BigDecimal("-1"));
        assertInvalid(() -> erp().customerCreate(badTerms), "KLIMK", "minInclusive");

        TradeHistoryGet history = new TradeHistoryGet();
        history.setKUNNR("0010000001");
        history.setSPMONFROM("202613");
        assertInvalid(() -> erp().tradeHistoryGet(history), "SPMON_FROM", "pattern");
    }

    @Test
    void aBusinessRefusalIsAClientFaultWithTheErpsMessages() throws Exception {
        assertThatThrownBy(() -> erp().customerGetDetail(detail("0099999999")))
                .isInstanceOfSatisfying(ErpFault.class, e -> {
                    var message = e.getFaultInfo().getRETURN().getItem().get(0);
                    assertThat(message.getTYPE().value()).isEqualTo("E");
                    assertThat(message.getID()).isEqualTo("ZERP");
                    assertThat(message.getNUMBER()).isEqualTo("010");
                    assertThat(message.getMESSAGE()).isEqualTo("Customer 0099999999 does not exist");
                    assertThat(message.getMESSAGEV1()).isEqualTo("0099999999");
                    assertThat(message.getFIELD()).isEqualTo("KUNNR");
                    assertThat(e.getMessage()).isEqualTo("Customer 0099999999 does not exist");
                });

        HttpResponse<String> raw = post("hub", "<erp:CustomerGetDetail xmlns:erp=\"urn:eaihub:erp:v1\">"
                + "<KUNNR>0099999999</KUNNR></erp:CustomerGetDetail>");
        assertThat(raw.statusCode()).isEqualTo(500);
        assertThat(raw.body()).contains("<faultcode>soap:Client</faultcode>", "ERP_ERROR", "<NUMBER>010</NUMBER>");
    }
}
