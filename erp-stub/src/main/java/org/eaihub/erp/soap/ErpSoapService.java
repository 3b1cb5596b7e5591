package org.eaihub.erp.soap;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.jws.WebService;

import org.eaihub.erp.billing.GoodsIssueService;
import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.common.ReturnMessage;
import org.eaihub.erp.credit.CreditCheck;
import org.eaihub.erp.credit.CreditManagement;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerService;
import org.eaihub.erp.history.TradeHistory;
import org.eaihub.erp.history.TradeHistoryService;
import org.eaihub.erp.idempotency.ProcessedRequests;
import org.eaihub.erp.receivables.ReceivablesAging;
import org.eaihub.erp.receivables.ReceivablesService;
import org.eaihub.erp.sales.SalesOrder;
import org.eaihub.erp.sales.SalesOrderService;
import org.eaihub.erp.soap.api.BAPIRET2TAB;
import org.eaihub.erp.soap.api.CHANGEDFIELDS;
import org.eaihub.erp.soap.api.CreditCheckResponse;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.CustomerChangeResponse;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.CustomerCreateResponse;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.CustomerGetDetailResponse;
import org.eaihub.erp.soap.api.ERPERROR;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.ErpPortType;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.GoodsIssuePostResponse;
import org.eaihub.erp.soap.api.InvoiceGetDetail;
import org.eaihub.erp.soap.api.InvoiceGetDetailResponse;
import org.eaihub.erp.soap.api.OpenItemsGet;
import org.eaihub.erp.soap.api.OpenItemsGetResponse;
import org.eaihub.erp.soap.api.PaymentPost;
import org.eaihub.erp.soap.api.PaymentPostResponse;
import org.eaihub.erp.soap.api.ReceivablesAgingGet;
import org.eaihub.erp.soap.api.ReceivablesAgingGetResponse;
import org.eaihub.erp.soap.api.SalesOrderCancel;
import org.eaihub.erp.soap.api.SalesOrderCancelResponse;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.SalesOrderCreateResponse;
import org.eaihub.erp.soap.api.SalesOrderGetDetail;
import org.eaihub.erp.soap.api.SalesOrderGetDetailResponse;
import org.eaihub.erp.soap.api.TradeHistoryGet;
import org.eaihub.erp.soap.api.TradeHistoryGetResponse;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The ERP's SOAP service: maps each operation of the contract ({@code wsdl/erp/ErpService.wsdl}) to the
 * business services, runs every state-changing one idempotently by its REQUEST_ID, and turns refusals into
 * {@link ErpFault}s whose detail lists the error messages.
 */
@Component
@WebService(serviceName = "ErpService", portName = "ErpPort", targetNamespace = ErpSoapService.NAMESPACE,
        endpointInterface = "org.eaihub.erp.soap.api.ErpPortType", wsdlLocation = ErpSoapService.WSDL)
public class ErpSoapService implements ErpPortType {

    public static final String NAMESPACE = "urn:eaihub:erp:v1";
    public static final String WSDL = "classpath:wsdl/erp/ErpService.wsdl";

    private final CustomerService customers;
    private final CreditManagement credit;
    private final SalesOrderService orders;
    private final GoodsIssueService goodsIssue;
    private final ReceivablesService receivables;
    private final TradeHistoryService history;
    private final ProcessedRequests requests;

    public ErpSoapService(CustomerService customers, CreditManagement credit, SalesOrderService orders,
            GoodsIssueService goodsIssue, ReceivablesService receivables, TradeHistoryService history,
            ProcessedRequests requests) {
        this.customers = customers;
        this.credit = credit;
        this.orders = orders;
        this.goodsIssue = goodsIssue;
        this.receivables = receivables;
        this.history = history;
        this.requests = requests;
    }

    // ------------------------------------------------------------------ customer master

    @Override
    public CustomerCreateResponse customerCreate(CustomerCreate request) throws ErpFault {
        return changing("CustomerCreate", request.getREQUESTID(), request, CustomerCreateResponse.class, caller -> {
            CustomerService.Outcome outcome = customers.create(SoapMapper.fields(request.getCUSTOMERDATA()), caller);
            CustomerCreateResponse response = new CustomerCreateResponse();
            response.setKUNNR(outcome.customer().number());
            response.setCUSTOMER(SoapMapper.customer(outcome.customer()));
            response.setRETURN(SoapMapper.messages(outcome.messages()));
            return response;
        }, CustomerCreateResponse::getRETURN);
    }

    @Override
    public CustomerChangeResponse customerChange(CustomerChange request) throws ErpFault {
        return changing("CustomerChange", request.getREQUESTID(), request, CustomerChangeResponse.class, caller -> {
            CustomerService.Outcome outcome = customers.change(request.getKUNNR(), request.getVERSION(),
                    SoapMapper.fields(request.getCUSTOMERDATA()), caller);
            CustomerChangeResponse response = new CustomerChangeResponse();
            response.setCUSTOMER(SoapMapper.customer(outcome.customer()));
            CHANGEDFIELDS changed = new CHANGEDFIELDS();
            changed.getItem().addAll(outcome.changedFields());
            response.setCHANGEDFIELDS(changed);
            response.setRETURN(SoapMapper.messages(outcome.messages()));
            return response;
        }, CustomerChangeResponse::getRETURN);
    }

    @Override
    public CustomerGetDetailResponse customerGetDetail(CustomerGetDetail request) throws ErpFault {
        return reading(() -> {
            Customer customer = customers.find(request.getKUNNR());
            CustomerGetDetailResponse response = new CustomerGetDetailResponse();
            response.setCUSTOMER(SoapMapper.customer(customer));
            response.setCREDIT(SoapMapper.credit(customer, credit.standing(customer)));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.CUSTOMER_FOUND,
                    customer.number()))));
            return response;
        });
    }

    @Override
    public org.eaihub.erp.soap.api.CustomerGetListResponse customerGetList(org.eaihub.erp.soap.api.CustomerGetList request)
            throws ErpFault {
        return reading(() -> {
            int max = request.getMAXROWS();
            List<Customer> page = customers.list(request.getFROMKUNNR(), max + 1);
            var response = new org.eaihub.erp.soap.api.CustomerGetListResponse();
            var list = new org.eaihub.erp.soap.api.CustomerGetListResponse.CUSTOMERS();
            page.stream().limit(max).forEach(c -> list.getItem().add(SoapMapper.customer(c)));
            response.setCUSTOMERS(list);
            response.setMORE(page.size() > max);
            return response;
        });
    }

    // ------------------------------------------------------------------ credit management

    @Override
    public CreditCheckResponse creditCheck(org.eaihub.erp.soap.api.CreditCheck request) throws ErpFault {
        return reading(() -> {
            if (request.getWAERK() != null && !Money.CURRENCY.equals(request.getWAERK())) {
                throw ErpException.at(ErpMessage.CURRENCY_NOT_SUPPORTED, null, "WAERK", request.getWAERK(),
                        Money.CURRENCY);
            }
            Customer customer = customers.find(request.getKUNNR());
            CreditCheck.Decision decision = credit.check(customer.number(), request.getOBLIGNEW());
            String text = decision.text(customer.number(), customer.currency());
            CreditCheckResponse response = new CreditCheckResponse();
            response.setKUNNR(customer.number());
            response.setCMGST(SoapMapper.cmgst(decision.status()));
            response.setREASON(decision.reason().code());
            response.setREASONTEXT(text);
            response.setKLIMK(decision.creditLimit());
            response.setSKFOR(decision.openReceivables());
            response.setOBLIGNEW(decision.orderValue());
            response.setOBLIG(decision.exposure());
            response.setWAERS(customer.currency());
            ErpMessage message = decision.reason().message();
            response.setRETURN(SoapMapper.messages(List.of(new ReturnMessage(message.type(),
                    ErpMessage.MESSAGE_CLASS, message.number(), text, List.of(customer.number()), null, null))));
            return response;
        });
    }

    // ------------------------------------------------------------------ sales orders

    @Override
    public SalesOrderCreateResponse salesOrderCreate(SalesOrderCreate request) throws ErpFault {
        return changing("SalesOrderCreate", request.getREQUESTID(), request, SalesOrderCreateResponse.class,
                caller -> {
                    SalesOrderService.Outcome outcome = orders.create(SoapMapper.header(request.getORDERHEADERIN()),
                            SoapMapper.items(request.getORDERITEMSIN().getItem()), caller);
                    SalesOrderCreateResponse response = new SalesOrderCreateResponse();
                    response.setVBELN(outcome.order().number());
                    response.setSALESORDER(SoapMapper.order(outcome.order()));
                    response.setRETURN(SoapMapper.messages(outcome.messages()));
                    return response;
                }, SalesOrderCreateResponse::getRETURN);
    }

    @Override
    public SalesOrderCancelResponse salesOrderCancel(SalesOrderCancel request) throws ErpFault {
        return changing("SalesOrderCancel", request.getREQUESTID(), request, SalesOrderCancelResponse.class,
                caller -> {
                    SalesOrderService.Outcome outcome = orders.cancel(request.getVBELN(), request.getABGRU(), caller);
                    SalesOrderCancelResponse response = new SalesOrderCancelResponse();
                    response.setSALESORDER(SoapMapper.order(outcome.order()));
                    response.setRETURN(SoapMapper.messages(outcome.messages()));
                    return response;
                }, SalesOrderCancelResponse::getRETURN);
    }

    @Override
    public SalesOrderGetDetailResponse salesOrderGetDetail(SalesOrderGetDetail request) throws ErpFault {
        return reading(() -> {
            SalesOrder order = orders.find(request.getVBELN());
            SalesOrderGetDetailResponse response = new SalesOrderGetDetailResponse();
            response.setSALESORDER(SoapMapper.order(order));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.ORDER_FOUND,
                    order.number()))));
            return response;
        });
    }

    // ------------------------------------------------------------------ delivery and billing

    @Override
    public GoodsIssuePostResponse goodsIssuePost(GoodsIssuePost request) throws ErpFault {
        return changing("GoodsIssuePost", request.getREQUESTID(), request, GoodsIssuePostResponse.class, caller -> {
            GoodsIssueService.Outcome outcome = goodsIssue.post(request.getVBELN(), request.getWADATIST(), caller);
            GoodsIssuePostResponse response = new GoodsIssuePostResponse();
            response.setVBELN(outcome.order().number());
            response.setVBELNVL(outcome.delivery().number());
            response.setWADATIST(outcome.delivery().goodsIssueDate());
            response.setINVOICE(SoapMapper.invoice(new GoodsIssueService.InvoiceView(outcome.invoice(),
                    outcome.order(), outcome.openItem())));
            response.setRETURN(SoapMapper.messages(outcome.messages()));
            return response;
        }, GoodsIssuePostResponse::getRETURN);
    }

    @Override
    public InvoiceGetDetailResponse invoiceGetDetail(InvoiceGetDetail request) throws ErpFault {
        return reading(() -> {
            GoodsIssueService.InvoiceView view = goodsIssue.invoice(request.getVBELN());
            InvoiceGetDetailResponse response = new InvoiceGetDetailResponse();
            response.setINVOICE(SoapMapper.invoice(view));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.INVOICE_FOUND,
                    view.invoice().number()))));
            return response;
        });
    }

    // ------------------------------------------------------------------ accounts receivable

    @Override
    public OpenItemsGetResponse openItemsGet(OpenItemsGet request) throws ErpFault {
        return reading(() -> {
            ReceivablesService.OpenItems open = receivables.openItems(request.getKUNNR(), request.getKEYDATE());
            OpenItemsGetResponse response = new OpenItemsGetResponse();
            response.setKUNNR(open.customer());
            response.setKEYDATE(open.keyDate());
            response.setWAERS(Money.CURRENCY);
            response.setSKFOR(open.total());
            response.setITEMS(SoapMapper.openItems(open.items(), open.keyDate()));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.OPEN_ITEMS_READ,
                    open.items().size(), open.customer(), open.keyDate()))));
            return response;
        });
    }

    @Override
    public ReceivablesAgingGetResponse receivablesAgingGet(ReceivablesAgingGet request) throws ErpFault {
        return reading(() -> {
            ReceivablesAging.Result aging = receivables.aging(request.getKUNNR(), request.getKEYDATE());
            ReceivablesAgingGetResponse response = new ReceivablesAgingGetResponse();
            response.setKUNNR(request.getKUNNR());
            response.setKEYDATE(aging.keyDate());
            response.setWAERS(Money.CURRENCY);
            response.setSKFOR(Money.of(aging.total()));
            response.setBUCKETS(SoapMapper.buckets(aging));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.AGING_READ,
                    aging.keyDate()))));
            return response;
        });
    }

    @Override
    public PaymentPostResponse paymentPost(PaymentPost request) throws ErpFault {
        return changing("PaymentPost", request.getREQUESTID(), request, PaymentPostResponse.class, caller -> {
            List<String> clear = request.getCLEARING() == null ? List.of() : request.getCLEARING().getItem();
            ReceivablesService.PaymentOutcome outcome = receivables.post(new ReceivablesService.IncomingPayment(
                    request.getKUNNR(), request.getDMBTR(), request.getWAERS(), request.getBUDAT(),
                    request.getXBLNR(), clear), caller);
            PaymentPostResponse response = new PaymentPostResponse();
            response.setBELNR(outcome.payment().documentNumber());
            response.setKUNNR(outcome.payment().customer());
            response.setBUDAT(outcome.payment().postingDate());
            response.setDMBTR(outcome.payment().amount());
            response.setWAERS(outcome.payment().currency());
            response.setCLEARED(SoapMapper.cleared(outcome.applied(), outcome.items()));
            response.setUNAPPLIED(outcome.payment().unapplied());
            response.setRETURN(SoapMapper.messages(outcome.messages()));
            return response;
        }, PaymentPostResponse::getRETURN);
    }

    // ------------------------------------------------------------------ trade history

    @Override
    public TradeHistoryGetResponse tradeHistoryGet(TradeHistoryGet request) throws ErpFault {
        return reading(() -> {
            YearMonth from = request.getSPMONFROM() == null ? null : TradeHistory.parse(request.getSPMONFROM());
            YearMonth to = request.getSPMONTO() == null ? null : TradeHistory.parse(request.getSPMONTO());
            TradeHistoryService.History h = history.history(request.getKUNNR(), from, to);
            TradeHistoryGetResponse response = new TradeHistoryGetResponse();
            response.setKUNNR(h.customer());
            response.setWAERS(Money.CURRENCY);
            response.setPERIODS(SoapMapper.periods(h.periods()));
            response.setRETURN(SoapMapper.messages(List.of(ReturnMessage.of(ErpMessage.HISTORY_READ, h.customer(),
                    TradeHistory.PERIOD.format(h.from()), TradeHistory.PERIOD.format(h.to())))));
            return response;
        });
    }

    // ------------------------------------------------------------------ plumbing

    /** A state-changing call: idempotent by its request id; a replay says so in an I message first. */
    private <R> R changing(String operation, String requestId, Object request, Class<R> responseType,
            Function<Caller, R> work, Function<R, BAPIRET2TAB> returns) throws ErpFault {
        Caller caller = new Caller(currentUser(), requestId);
        return reading(() -> {
            ProcessedRequests.Outcome<R> outcome = requests.execute(requestId, operation, request, responseType,
                    caller.user(), () -> work.apply(caller));
            if (outcome.replayed()) {
                returns.apply(outcome.response()).getItem().add(0, SoapMapper.message(ReturnMessage.of(
                        ErpMessage.REQUEST_REPLAYED, requestId, outcome.processedAt())));
            }
            return outcome.response();
        });
    }

    private <R> R reading(Supplier<R> call) throws ErpFault {
        try {
            return call.get();
        } catch (ErpException e) {
            throw fault(e.messages());
        } catch (ConcurrencyFailureException e) {
            throw fault(List.of(ReturnMessage.of(ErpMessage.CONCURRENT_CHANGE)));
        }
    }

    static ErpFault fault(List<ReturnMessage> messages) {
        ERPERROR detail = new ERPERROR();
        detail.setRETURN(SoapMapper.messages(messages));
        return new ErpFault(messages.get(0).message(), detail);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
