package org.eaihub.erp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.jms.TextMessage;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;

import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.Notifications;
import org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA;
import org.eaihub.erp.soap.api.CUSTOMERCREATEDATA;
import org.eaihub.erp.soap.api.CustomerChange;
import org.eaihub.erp.soap.api.CustomerCreate;
import org.eaihub.erp.soap.api.ErpPortType;
import org.eaihub.erp.soap.api.PaymentPost;
import org.junit.jupiter.api.Test;

/** The ERP's notifications as the hub receives them from erp.notifications. */
class NotificationsSoapTest extends ErpIntegrationTest {

    private static void assertNotification(TextMessage message, String type, String customer, String requestId)
            throws Exception {
        String xml = message.getText();
        Notifications.validate(xml);
        assertThat(message.getStringProperty("erpNotificationType")).isEqualTo(type);
        assertThat(message.getStringProperty("erpCustomerNumber")).isEqualTo(customer);
        assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo(customer);
        assertThat(message.getStringProperty("contentType")).isEqualTo("application/xml");
        assertThat(message.getStringProperty("erpDocnum")).isEqualTo(Notifications.text(xml, "DOCNUM"));
        assertThat(message.getStringProperty("_AMQ_DUPL_ID")).isNotBlank();
        assertThat(message.getStringProperty("correlationId")).isNotBlank();
        assertThat(Notifications.text(xml, "MESTYP")).isEqualTo(type);
        assertThat(Notifications.text(xml, "SNDPRN")).isEqualTo("ERPCLNT100");
        assertThat(Notifications.text(xml, "UNAME")).isEqualTo("HUB");
        assertThat(Notifications.text(xml, "REQUEST_ID")).isEqualTo(requestId);
    }

    @Test
    void eachKindArrivesInNativeXmlWithItsProperties() throws Exception {
        CustomerCreate create = new CustomerCreate();
        create.setREQUESTID(requestId());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1("Brightline Manufacturing Co.");
        data.setORT01("Wuhan");
        data.setLAND1("CN");
        data.setKLIMK(new BigDecimal("300000"));
        create.setCUSTOMERDATA(data);
        String customer = erp().customerCreate(create).getKUNNR();
        assertNotification(notifications().next("CUSTOMER_CHANGED", customer), "CUSTOMER_CHANGED", customer,
                create.getREQUESTID());

        var billed = shipAndBill(customer, "SKU-00050", "3");
        TextMessage invoice = notifications().next("INVOICE_POSTED", customer);
        assertNotification(invoice, "INVOICE_POSTED", customer, billed.requestId());
        assertThat(Notifications.text(invoice.getText(), "VBELN"))
                .isEqualTo(billed.goodsIssue().getINVOICE().getVBELN());
        assertThat(Notifications.text(invoice.getText(), "AUBEL")).isEqualTo(billed.order().getVBELN());
        assertThat(Notifications.text(invoice.getText(), "BSTKD"))
                .isEqualTo(billed.order().getSALESORDER().getBSTKD());
        assertThat(new BigDecimal(Notifications.text(invoice.getText(), "BRTWR")))
                .isEqualByComparingTo(billed.goodsIssue().getINVOICE().getBRTWR());

        PaymentPost payment = new PaymentPost();
        payment.setREQUESTID(requestId());
        payment.setKUNNR(customer);
        payment.setDMBTR(new BigDecimal("50.00"));
        payment.setWAERS("CNY");
        payment.setXBLNR("STMT-0001");
        String belnr = erp().paymentPost(payment).getBELNR();
        TextMessage paid = notifications().next("PAYMENT_RECEIVED", customer);
        assertNotification(paid, "PAYMENT_RECEIVED", customer, payment.getREQUESTID());
        assertThat(Notifications.text(paid.getText(), "BELNR")).isEqualTo(belnr);
        assertThat(Notifications.text(paid.getText(), "XBLNR")).isEqualTo("STMT-0001");
        assertThat(new BigDecimal(Notifications.text(paid.getText(), "SKFOR")))
                .isEqualByComparingTo(billed.goodsIssue().getINVOICE().getBRTWR().subtract(new BigDecimal("50")));

        CustomerChange block = new CustomerChange();
        block.setREQUESTID(requestId());
        block.setKUNNR(customer);
        block.setCUSTOMERDATA(new CUSTOMERCHANGEDATA());
        block.getCUSTOMERDATA().setCRBLB("X");
        erp().customerChange(block);
        assertNotification(notifications().next("CUSTOMER_CHANGED", customer), "CUSTOMER_CHANGED", customer,
                block.getREQUESTID());
        assertNotification(notifications().next("CREDIT_STATUS_CHANGED", customer), "CREDIT_STATUS_CHANGED", customer,
                block.getREQUESTID());
    }

    @Test
    void theCorrelationIdOfTheCallTravelsWithItsNotifications() throws Exception {
        String correlationId = "corr-" + UUID.randomUUID();
        ErpPortType client = clients().fresh("hub");
        ((BindingProvider) client).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("X-Correlation-Id", List.of(correlationId)));
        CustomerCreate create = new CustomerCreate();
        create.setREQUESTID(requestId());
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        data.setNAME1("Yunfeng Technology Ltd.");
        data.setORT01("Chengdu");
        data.setLAND1("CN");
        create.setCUSTOMERDATA(data);

        String customer = client.customerCreate(create).getKUNNR();

        assertThat(notifications().next("CUSTOMER_CHANGED", customer).getStringProperty("correlationId"))
                .isEqualTo(correlationId);
    }

    @Test
    void oneCustomersNotificationsArriveInTheOrderOfItsChanges() throws Exception {
        String customer = newCustomer("1000");
        for (int i = 1; i <= 3; i++) {
            CustomerChange change = new CustomerChange();
            change.setREQUESTID(requestId());
            change.setKUNNR(customer);
            change.setCUSTOMERDATA(new CUSTOMERCHANGEDATA());
            change.getCUSTOMERDATA().setKLIMK(new BigDecimal(1000 + i));
            erp().customerChange(change);
        }

        List<String> versions = new ArrayList<>();
        List<Long> docnums = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String xml = notifications().next("CUSTOMER_CHANGED", customer).getText();
            versions.add(Notifications.text(xml, "VERSION"));
            docnums.add(Long.parseLong(Notifications.text(xml, "DOCNUM")));
        }
        assertThat(versions).containsExactly("0", "1", "2", "3");
        assertThat(docnums).isSorted().doesNotHaveDuplicates();
    }
}
