package org.eaihub.erp.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.soap.api.BAPIRET2TAB;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.CustomerCreateResponse;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.GoodsIssuePostResponse;
import org.eaihub.erp.soap.api.PaymentPost;
import org.eaihub.erp.soap.api.PaymentPostResponse;
import org.eaihub.erp.soap.api.SalesOrderCancel;
import org.eaihub.erp.soap.api.SalesOrderCreate;
import org.eaihub.erp.soap.api.SalesOrderCreateResponse;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing operation is idempotent by REQUEST_ID: a retry gets the original result and changes
 * nothing; the same id with another request is refused.
 */
class IdempotencySoapTest extends ErpIntegrationTest {

    private static CustomerCreate customerCreate(String requestId, String name) {
        CustomerCreate request = new CustomerCreate();
        request.setREQUESTID(requestId);
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1(name);
        data.setORT01("Hangzhou");
        data.setLAND1("CN");
        data.setKLIMK(new BigDecimal("90000"));
        request.setCUSTOMERDATA(data);
        return request;
    }

    private static GoodsIssuePost goodsIssue(String requestId, String order) {
        GoodsIssuePost request = new GoodsIssuePost();
        request.setREQUESTID(requestId);
        request.setVBELN(order);
        return request;
    }

    private static PaymentPost payment(String requestId, String customer, String amount, String reference) {
        PaymentPost request = new PaymentPost();
        request.setREQUESTID(requestId);
        request.setKUNNR(customer);
        request.setDMBTR(new BigDecimal(amount));
        request.setWAERS("CNY");
        request.setXBLNR(reference);
        return request;
    }

    private static void assertReplayed(BAPIRET2TAB messages, String requestId) {
        var first = messages.getItem().get(0);
        assertThat(first.getTYPE().value() + first.getNUMBER()).isEqualTo("I001");
        assertThat(first.getMESSAGE()).contains(requestId, "original result");
    }

    private static void assertRefusedAsReused(ThrowingCallable call, String requestId) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 002");
            assertThat(e.getMessage()).contains(requestId);
            assertThat(e.getFaultInfo().getRETURN().getItem().get(0).getFIELD()).isEqualTo("REQUEST_ID");
        });
    }

    @Test
    void aRetriedCustomerCreationReturnsTheOriginalCustomer() throws Exception {
        String requestId = requestId();
        String name = "Tianhe Retail " + UUID.randomUUID().toString().substring(0, 8);

        CustomerCreateResponse first = erp().customerCreate(customerCreate(requestId, name));
        CustomerCreateResponse retry = erp().customerCreate(customerCreate(requestId, name));

        assertThat(retry.getKUNNR()).isEqualTo(first.getKUNNR());
        assertThat(retry.getCUSTOMER().getLASTCHANGEDAT()).isEqualTo(first.getCUSTOMER().getLASTCHANGEDAT());
        assertReplayed(retry.getRETURN(), requestId);
        assertThat(retry.getRETURN().getItem().get(1).getMESSAGE()).isEqualTo(first.getRETURN().getItem().get(0)
                .getMESSAGE());
        assertThat(count("customer", "name1 = ?", name)).isEqualTo(1);

        assertRefusedAsReused(() -> erp().customerCreate(customerCreate(requestId, name + " Ltd.")), requestId);
        assertThat(count("customer", "name1 = ?", name + " Ltd.")).isZero();
    }

    @Test
    void aRetriedOrderReturnsTheOriginalOrder() throws Exception {
        String customer = newCustomer("1000000");
        SalesOrderCreate request = orderRequest(customer, "SKU-00040", "2");

        SalesOrderCreateResponse first = erp().salesOrderCreate(request);
        SalesOrderCreateResponse retry = erp().salesOrderCreate(request);

        assertThat(retry.getVBELN()).isEqualTo(first.getVBELN());
        assertThat(retry.getSALESORDER().getBRTWR()).isEqualByComparingTo(first.getSALESORDER().getBRTWR());
        assertReplayed(retry.getRETURN(), request.getREQUESTID());
        assertThat(count("sales_order", "kunag = ?", customer)).isEqualTo(1);

        request.getORDERITEMSIN().getItem().get(0).setKWMENG(new BigDecimal("3"));
        assertRefusedAsReused(() -> erp().salesOrderCreate(request), request.getREQUESTID());
        assertThat(count("sales_order", "kunag = ?", customer)).isEqualTo(1);
    }

    @Test
    void aRetriedGoodsIssueReturnsTheOriginalDeliveryAndInvoice() throws Exception {
        String customer = newCustomer("1000000");
        String order = newOrder(customer, "SKU-00041", "1").getVBELN();
        String other = newOrder(customer, "SKU-00042", "1").getVBELN();
        String requestId = requestId();

        GoodsIssuePostResponse first = erp().goodsIssuePost(goodsIssue(requestId, order));
        GoodsIssuePostResponse retry = erp().goodsIssuePost(goodsIssue(requestId, order));

        assertThat(retry.getVBELNVL()).isEqualTo(first.getVBELNVL());
        assertThat(retry.getINVOICE().getVBELN()).isEqualTo(first.getINVOICE().getVBELN());
        assertReplayed(retry.getRETURN(), requestId);
        assertThat(count("delivery", "vgbel = ?", order)).isEqualTo(1);
        assertThat(count("invoice", "aubel = ?", order)).isEqualTo(1);
        assertThat(count("open_item", "kunnr = ?", customer)).isEqualTo(1);

        assertRefusedAsReused(() -> erp().goodsIssuePost(goodsIssue(requestId, other)), requestId);
        assertThat(count("invoice", "aubel = ?", other)).isZero();
    }

    @Test
    void aRetriedPaymentIsPostedOnce() throws Exception {
        String customer = newCustomer("1000000");
        BigDecimal gross = shipAndBill(customer, "SKU-00043", "4").goodsIssue().getINVOICE().getBRTWR();
        String requestId = requestId();
        String reference = "BANK-" + UUID.randomUUID().toString().substring(0, 8);

        PaymentPostResponse first = erp().paymentPost(payment(requestId, customer, "100.00", reference));
        PaymentPostResponse retry = erp().paymentPost(payment(requestId, customer, "100.00", reference));

        assertThat(retry.getBELNR()).isEqualTo(first.getBELNR());
        assertReplayed(retry.getRETURN(), requestId);
        assertThat(count("payment", "xblnr = ?", reference)).isEqualTo(1);
        BigDecimal open = jdbc.queryForObject("SELECT SUM(dmbtr) FROM open_item WHERE kunnr = ?", BigDecimal.class,
                customer);
        assertThat(open).isEqualByComparingTo(gross.subtract(new BigDecimal("100.00")));

        assertRefusedAsReused(() -> erp().paymentPost(payment(requestId, customer, "100.01", reference)), requestId);
        assertThat(count("payment", "xblnr = ?", reference)).isEqualTo(1);
    }

    @Test
    void aRetriedChangeOrCancellationChangesOnce() throws Exception {
        String customer = newCustomer("1000000");
        CustomerChange change = new CustomerChange();
        change.setREQUESTID(requestId());
        change.setKUNNR(customer);
        change.setCUSTOMERDATA(new CUSTOMERCHANGEDATA());
        change.getCUSTOMERDATA().setKLIMK(new BigDecimal("1000001"));

        assertThat(erp().customerChange(change).getCUSTOMER().getVERSION()).isEqualTo(1);
        assertThat(erp().customerChange(change).getCUSTOMER().getVERSION()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM customer WHERE kunnr = ?", Long.class, customer))
                .isEqualTo(1);

        SalesOrderCancel cancel = new SalesOrderCancel();
        cancel.setREQUESTID(requestId());
        cancel.setVBELN(newOrder(customer, "SKU-00044", "1").getVBELN());
        cancel.setABGRU("Z1");
        assertThat(erp().salesOrderCancel(cancel).getRETURN().getItem().get(0).getNUMBER()).isEqualTo("038");
        var retry = erp().salesOrderCancel(cancel).getRETURN().getItem();
        assertThat(retry).extracting(m -> m.getTYPE().value() + m.getNUMBER()).containsExactly("I001", "S038");

        cancel.setABGRU("03");
        assertRefusedAsReused(() -> erp().salesOrderCancel(cancel), cancel.getREQUESTID());
    }

    @Test
    void aRequestIdIsNotReusedForAnotherOperation() throws Exception {
        String requestId = requestId();
        String customer = erp().customerCreate(customerCreate(requestId, "Zhongtai Trading Co., Ltd.")).getKUNNR();

        assertRefusedAsReused(() -> erp().paymentPost(payment(requestId, customer, "1.00", null)), requestId);
    }

    @Test
    void aRequestThatWasRefusedLeavesNoTraceAndRunsAgain() throws Exception {
        String customer = newCustomer("1000000");
        SalesOrderCreate request = orderRequest(customer, "SKU-99999", "1");

        assertThatThrownBy(() -> erp().salesOrderCreate(request)).isInstanceOf(ErpFault.class);
        assertThat(count("processed_request", "request_id = ?", request.getREQUESTID())).isZero();
        assertThatThrownBy(() -> erp().salesOrderCreate(request)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 030"));
    }

    @Test
    void twoIdenticalRequestsAtTheSameTimeCreateOneOrder() throws Exception {
        String customer = newCustomer("1000000");
        SalesOrderCreate request = orderRequest(customer, "SKU-00045", "1");
        var clients = List.of(clients().fresh("hub"), clients().fresh("integration"));
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<String>> calls = clients.stream().map(client -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return client.salesOrderCreate(request).getVBELN();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        start.countDown();

        String first = calls.get(0).get(60, TimeUnit.SECONDS);
        String second = calls.get(1).get(60, TimeUnit.SECONDS);
        assertThat(second).isEqualTo(first);
        assertThat(count("sales_order", "kunag = ?", customer)).isEqualTo(1);
    }
}
