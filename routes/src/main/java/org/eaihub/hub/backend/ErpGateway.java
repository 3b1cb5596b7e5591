package org.eaihub.hub.backend;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Collectors;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.adapters.erp.client.CUSTOMERCREATEDATA;
import org.eaihub.adapters.erp.client.CustomerChange;
import org.eaihub.adapters.erp.client.CustomerCreate;
import org.eaihub.adapters.erp.client.CustomerGetDetail;
import org.eaihub.adapters.erp.client.CustomerGetDetailResponse;
import org.eaihub.adapters.erp.client.ErpFault;
import org.eaihub.adapters.erp.client.ErpPortType;

/**
 * The hub's client of the ERP's SOAP service, through the ERP's circuit. Connection refused, timeouts and
 * gateway errors become {@link BackendUnavailableException}; SOAP faults and the ERP's own refusals become
 * {@link BusinessFaultException} with the ERP's messages.
 */
public class ErpGateway {

    public static final String BACKEND = "erp";

    private final ErpPortType port;
    private final URI wsdl;
    private final HttpClient probeClient;
    private BackendCircuit circuit;

    public ErpGateway(URI serviceUrl, String user, String password) {
        this(serviceUrl, user, password, BackendTls.jvmDefault());
    }

    public ErpGateway(URI serviceUrl, String user, String password, BackendTls tls) {
        this.probeClient = tls.httpClient(Duration.ofSeconds(2));
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ErpPortType.class);
        factory.setAddress(serviceUrl.toString());
        factory.setUsername(user);
        factory.setPassword(password);
        this.port = factory.create(ErpPortType.class);
        Client client = ClientProxy.getClient(port);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(3_000);
        policy.setReceiveTimeout(15_000);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        conduit.setClient(policy);
        tls.configure(conduit);
        this.wsdl = URI.create(serviceUrl + "?wsdl");
    }

    public void setCircuit(BackendCircuit circuit) {
        this.circuit = circuit;
    }

    /** Creates the customer (idempotent by request id); returns the ERP's customer number. */
    public String createCustomer(String requestId, CUSTOMERCREATEDATA data) {
        CustomerCreate request = new CustomerCreate();
        request.setREQUESTID(requestId);
        request.setCUSTOMERDATA(data);
        return call(() -> port.customerCreate(request).getKUNNR());
    }

    public void changeCustomer(String requestId, String customerNumber, CUSTOMERCHANGEDATA data) {
        CustomerChange request = new CustomerChange();
        request.setREQUESTID(requestId);
        request.setKUNNR(customerNumber);
        request.setCUSTOMERDATA(data);
        call(() -> port.customerChange(request));
    }

    public CustomerGetDetailResponse customer(String customerNumber) {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(customerNumber);
        return call(() -> port.customerGetDetail(request));
    }

    /** Up to {@code max} customers after {@code after} (from the start when null), in number order. */
    public org.eaihub.adapters.erp.client.CustomerGetListResponse listCustomers(String after, int max) {
        org.eaihub.adapters.erp.client.CustomerGetList request = new org.eaihub.adapters.erp.client.CustomerGetList();
        request.setFROMKUNNR(after);
        request.setMAXROWS(max);
        return call(() -> port.customerGetList(request));
    }

    /** The ERP's credit check of a new order's value for the customer (read only). */
    public org.eaihub.adapters.erp.client.CreditCheckResponse creditCheck(String customerNumber,
            java.math.BigDecimal obligation, String currency) {
        org.eaihub.adapters.erp.client.CreditCheck request = new org.eaihub.adapters.erp.client.CreditCheck();
        request.setKUNNR(customerNumber);
        request.setOBLIGNEW(obligation);
        request.setWAERK(currency);
        return call(() -> port.creditCheck(request));
    }

    /** Creates the sales order (idempotent by request id); the answer carries VBELN and the credit status. */
    public org.eaihub.adapters.erp.client.SalesOrderCreateResponse createSalesOrder(String requestId,
            org.eaihub.adapters.erp.client.ORDERHEADERIN header, org.eaihub.adapters.erp.client.ORDERITEMSIN items) {
        org.eaihub.adapters.erp.client.SalesOrderCreate request = new org.eaihub.adapters.erp.client.SalesOrderCreate();
        request.setREQUESTID(requestId);
        request.setORDERHEADERIN(header);
        request.setORDERITEMSIN(items);
        return call(() -> port.salesOrderCreate(request));
    }

    /** Cancels (rejects) the sales order with a reason for rejection (idempotent by request id). */
    public void cancelSalesOrder(String requestId, String orderNumber, String rejectionReason) {
        org.eaihub.adapters.erp.client.SalesOrderCancel request = new org.eaihub.adapters.erp.client.SalesOrderCancel();
        request.setREQUESTID(requestId);
        request.setVBELN(orderNumber);
        request.setABGRU(rejectionReason);
        call(() -> port.salesOrderCancel(request));
    }

    /** Posts goods issue for the whole order and bills it (idempotent by request id); returns the invoice. */
    public org.eaihub.adapters.erp.client.GoodsIssuePostResponse postGoodsIssue(String requestId, String orderNumber) {
        org.eaihub.adapters.erp.client.GoodsIssuePost request = new org.eaihub.adapters.erp.client.GoodsIssuePost();
        request.setREQUESTID(requestId);
        request.setVBELN(orderNumber);
        return call(() -> port.goodsIssuePost(request));
    }

    /** The customer's open receivables in the ERP's four aging buckets, as of today (read only). */
    public org.eaihub.adapters.erp.client.ReceivablesAgingGetResponse receivablesAging(String customerNumber) {
        org.eaihub.adapters.erp.client.ReceivablesAgingGet request =
                new org.eaihub.adapters.erp.client.ReceivablesAgingGet();
        request.setKUNNR(customerNumber);
        return call(() -> port.receivablesAgingGet(request));
    }

    /** The customer's open items as of today (read only). */
    public org.eaihub.adapters.erp.client.OpenItemsGetResponse openItems(String customerNumber) {
        org.eaihub.adapters.erp.client.OpenItemsGet request = new org.eaihub.adapters.erp.client.OpenItemsGet();
        request.setKUNNR(customerNumber);
        return call(() -> port.openItemsGet(request));
    }

    /** The customer's orders and invoicing per month, {@code from} to {@code to} as yyyyMM (read only). */
    public org.eaihub.adapters.erp.client.TradeHistoryGetResponse tradeHistory(String customerNumber, String from,
            String to) {
        org.eaihub.adapters.erp.client.TradeHistoryGet request = new org.eaihub.adapters.erp.client.TradeHistoryGet();
        request.setKUNNR(customerNumber);
        request.setSPMONFROM(from);
        request.setSPMONTO(to);
        return call(() -> port.tradeHistoryGet(request));
    }

    /** Whether the ERP answers at all: a GET of its WSDL, outside any message. */
    public boolean reachable() {
        try {
            HttpResponse<Void> response = probeClient.send(HttpRequest.newBuilder(wsdl).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @FunctionalInterface
    interface ErpCall<T> {
        T call() throws ErpFault;
    }

    private <T> T call(ErpCall<T> call) {
        java.util.function.Supplier<T> classified = () -> {
            try {
                return call.call();
            } catch (ErpFault fault) {
                throw new BusinessFaultException("ERP refused: " + messages(fault), fault);
            } catch (SOAPFaultException fault) {
                throw new BusinessFaultException("ERP fault: " + fault.getMessage(), fault);
            } catch (WebServiceException e) {
                if (isUnavailable(e)) {
                    throw new BackendUnavailableException(BACKEND, e);
                }
                throw new BusinessFaultException("ERP call failed: " + e.getMessage(), e);
            }
        };
        return circuit == null ? classified.get() : circuit.call(classified);
    }

    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof HttpTimeoutException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("502") || message.contains("503") || message.contains("504")
                    || message.contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    private static String messages(ErpFault fault) {
        if (fault.getFaultInfo() == null || fault.getFaultInfo().getRETURN() == null) {
            return String.valueOf(fault.getMessage());
        }
        return fault.getFaultInfo().getRETURN().getItem().stream()
                .map(r -> r.getTYPE() + " " + r.getID() + " " + r.getNUMBER() + " " + r.getMESSAGE()
                        + (r.getFIELD() == null ? "" : " [" + r.getFIELD() + "]"))
                .collect(Collectors.joining("; "));
    }
}
