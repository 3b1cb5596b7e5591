package org.eaihub.erp.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.Notifications;
import org.eaihub.erp.soap.api.CREDITDATA;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CreditCheckResponse;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.CustomerGetDetail;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.PaymentPost;
import org.eaihub.erp.soap.api.SalesOrderCreateResponse;
import org.junit.jupiter.api.Test;

class CreditManagementSoapTest extends ErpIntegrationTest {

    /** Seed customer 97 is blocked in credit management. */
    private static final String BLOCKED_SEED_CUSTOMER = "0010000097";
    /** Seed customer 5 has an open invoice. */
    private static final String SEED_CUSTOMER_WITH_RECEIVABLE = "0010000005";

    private CreditCheckResponse check(String customer, String value) throws ErpFault {
        org.eaihub.erp.soap.api.CreditCheck request = new org.eaihub.erp.soap.api.CreditCheck();
        request.setKUNNR(customer);
        request.setOBLIGNEW(new BigDecimal(value));
        request.setWAERK("CNY");
        return erp().creditCheck(request);
    }

    private CREDITDATA credit(String customer) throws ErpFault {
        CustomerGetDetail request = new CustomerGetDetail();
        request.setKUNNR(customer);
        return erp().customerGetDetail(request).getCREDIT();
    }

    private void change(String customer, String creditBlock, String creditLimit) throws ErpFault {
        CustomerChange request = new CustomerChange();
        request.setREQUESTID(requestId());
        request.setKUNNR(customer);
        CUSTOMERCHANGEDATA data = new CUSTOMERCHANGEDATA();
        data.setCRBLB(creditBlock);
        data.setKLIMK(creditLimit == null ? null : new BigDecimal(creditLimit));
        request.setCUSTOMERDATA(data);
        erp().customerChange(request);
    }

    private String goodsIssue(String order) throws ErpFault {
        GoodsIssuePost request = new GoodsIssuePost();
        request.setREQUESTID(requestId());
        request.setVBELN(order);
        return erp().goodsIssuePost(request).getINVOICE().getVBELN();
    }

    @Test
    void anOrderValueUpToTheLimitIsApproved() throws Exception {
        String customer = newCustomer("10000");

        CreditCheckResponse response = check(customer, "10000");

        assertThat(response.getCMGST().value()).isEqualTo("A");
        assertThat(response.getREASON()).isEqualTo("00");
        assertThat(response.getREASONTEXT()).contains("passed");
        assertThat(response.getOBLIG()).isEqualByComparingTo("10000");
        assertThat(response.getKLIMK()).isEqualByComparingTo("10000");
        assertThat(response.getSKFOR()).isEqualByComparingTo("0");
        assertThat(response.getRETURN().getItem().get(0).getTYPE().value()).isEqualTo("S");
    }

    @Test
    void anOrderValueAboveTheLimitIsBlockedWithReasonAndText() throws Exception {
        CreditCheckResponse response = check(newCustomer("10000"), "10000.01");

        assertThat(response.getCMGST().value()).isEqualTo("B");
        assertThat(response.getREASON()).isEqualTo("01");
        assertThat(response.getREASONTEXT()).isEqualTo("Credit limit exceeded: exposure 10000.01 above credit limit"
                + " 10000.00 CNY");
        assertThat(response.getRETURN().getItem().get(0).getTYPE().value()).isEqualTo("W");
    }

    @Test
    void openReceivablesCountAgainstTheLimit() throws Exception {
        CREDITDATA credit = credit(SEED_CUSTOMER_WITH_RECEIVABLE);
        assertThat(credit.getSKFOR()).isPositive();

        CreditCheckResponse response = check(SEED_CUSTOMER_WITH_RECEIVABLE, "1");

        assertThat(response.getSKFOR()).isEqualByComparingTo(credit.getSKFOR());
        assertThat(response.getOBLIG()).isEqualByComparingTo(credit.getSKFOR().add(BigDecimal.ONE));
        BigDecimal room = credit.getKLIMK().subtract(credit.getSKFOR());
        assertThat(check(SEED_CUSTOMER_WITH_RECEIVABLE, room.toPlainString()).getREASON()).isEqualTo("00");
        assertThat(check(SEED_CUSTOMER_WITH_RECEIVABLE, room.add(new BigDecimal("0.01")).toPlainString())
                .getREASON()).isEqualTo("01");
    }

    @Test
    void aCustomerBlockedInCreditManagementPassesNoCheck() throws Exception {
        CREDITDATA credit = credit(BLOCKED_SEED_CUSTOMER);
        assertThat(credit.getCRBLB()).isEqualTo("X");
        assertThat(credit.getCMGST().value()).isEqualTo("B");

        CreditCheckResponse response = check(BLOCKED_SEED_CUSTOMER, "1");

        assertThat(response.getCMGST().value()).isEqualTo("B");
        assertThat(response.getREASON()).isEqualTo("02");
        assertThat(response.getREASONTEXT()).contains(BLOCKED_SEED_CUSTOMER, "blocked");
    }

    @Test
    void aCustomerWithoutCreditLimitGetsReason03() throws Exception {
        assertThat(check(newCustomer("0"), "1").getREASON()).isEqualTo("03");
    }

    @Test
    void blockingAndUnblockingNotifyTheCreditStatus() throws Exception {
        String customer = newCustomer("10000");

        change(customer, "X", null);
        String blocked = notifications().next("CREDIT_STATUS_CHANGED", customer).getText();
        change(customer, "", null);
        String released = notifications().next("CREDIT_STATUS_CHANGED", customer).getText();

        Notifications.validate(blocked);
        assertThat(Notifications.text(blocked, "CMGST")).isEqualTo("B");
        assertThat(Notifications.text(blocked, "CMGST_OLD")).isEqualTo("A");
        assertThat(Notifications.text(blocked, "REASON")).isEqualTo("02");
        assertThat(Notifications.text(blocked, "CRBLB")).isEqualTo("X");
        Notifications.validate(released);
        assertThat(Notifications.text(released, "CMGST")).isEqualTo("A");
        assertThat(Notifications.text(released, "REASON")).isEqualTo("00");
    }

    @Test
    void anOrderOfABlockedCustomerIsTakenButNotDeliveredUntilReleased() throws Exception {
        String customer = newCustomer("100000");
        change(customer, "X", null);

        SalesOrderCreateResponse order = newOrder(customer, "SKU-00001", "1");

        assertThat(order.getSALESORDER().getCMGST().value()).isEqualTo("B");
        assertThat(order.getRETURN().getItem()).extracting(m -> m.getTYPE().value() + m.getNUMBER())
                .containsExactly("S035", "W044");
        assertThatThrownBy(() -> goodsIssue(order.getVBELN())).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 042");
            assertThat(e.getMessage()).contains(order.getVBELN(), "blocked");
        });

        change(customer, "", null);
        assertThat(goodsIssue(order.getVBELN())).startsWith("009");
    }

    @Test
    void receivablesAboveALoweredLimitBlockAndAPaymentReleases() throws Exception {
        String customer = newCustomer("100000");
        var billed = shipAndBill(customer, "SKU-00002", "2");
        BigDecimal gross = billed.goodsIssue().getINVOICE().getBRTWR();

        change(customer, null, "1");
        String blocked = notifications().next("CREDIT_STATUS_CHANGED", customer).getText();
        assertThat(Notifications.text(blocked, "CMGST")).isEqualTo("B");
        assertThat(Notifications.text(blocked, "REASON")).isEqualTo("01");
        assertThat(new BigDecimal(Notifications.text(blocked, "SKFOR"))).isEqualByComparingTo(gross);

        PaymentPost payment = new PaymentPost();
        payment.setREQUESTID(requestId());
        payment.setKUNNR(customer);
        payment.setDMBTR(gross);
        payment.setWAERS("CNY");
        erp().paymentPost(payment);
        String released = notifications().next("CREDIT_STATUS_CHANGED", customer).getText();
        assertThat(Notifications.text(released, "CMGST")).isEqualTo("A");
        assertThat(Notifications.text(released, "CMGST_OLD")).isEqualTo("B");
        assertThat(new BigDecimal(Notifications.text(released, "SKFOR"))).isZero();
    }
}
