package org.eaihub.erp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eaihub.erp.Notifications;
import org.junit.jupiter.api.Test;

/** Every kind of notification, written as the ERP writes it, against the published schema. */
class NotificationXmlTest {

    private static final Instant AT = Instant.parse("2026-11-23T16:05:09.123456Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static NotificationXml.ControlRecord control(NotificationType type, String requestId) {
        return new NotificationXml.ControlRecord("0000000000000042", type, "ERPCLNT100", AT, SHANGHAI, "HUB",
                requestId);
    }

    @Test
    void invoicePosted() {
        String xml = NotificationXml.write(control(NotificationType.INVOICE_POSTED, "req-1"),
                new ErpEvent.InvoicePosted("0090000001", "F2", LocalDate.of(2026, 11, 23), "0010000005",
                        "0000100001", "0080000001", "PO-1", "CNY", new BigDecimal("100"), new BigDecimal("13"),
                        new BigDecimal("113"), "0030", LocalDate.of(2026, 12, 23), List.of(
                                new ErpEvent.InvoicePosted.Item("000010", "SKU-00001", new BigDecimal("2.000"), "EA",
                                        new BigDecimal("100"), new BigDecimal("13"), new BigDecimal("113")))));

        Notifications.validate(xml);
        assertThat(xml).contains("<MESTYP>INVOICE_POSTED</MESTYP>", "<VBELN>0090000001</VBELN>",
                "<BRTWR>113.00</BRTWR>", "<FKIMG>2.000</FKIMG>", "<REQUEST_ID>req-1</REQUEST_ID>",
                "xmlns=\"urn:eaihub:erp:notification:v1\"");
    }

    @Test
    void theControlRecordCarriesTheErpsLocalDateAndTimeAndTheInstantInUtc() {
        String xml = NotificationXml.write(control(NotificationType.CREDIT_STATUS_CHANGED, null),
                new ErpEvent.CreditStatusChanged("0010000005", "B", "A", "01", "Credit limit exceeded",
                        new BigDecimal("5000"), new BigDecimal("5000.01"), "CNY", false));

        Notifications.validate(xml);
        assertThat(xml).contains("<CREDAT>2026-11-24</CREDAT>", "<CRETIM>00:05:09</CRETIM>",
                "<CREATED_AT>2026-11-23T16:05:09.123456Z</CREATED_AT>", "<CMGST_OLD>A</CMGST_OLD>",
                "<CRBLB></CRBLB>").doesNotContain("REQUEST_ID");
    }

    @Test
    void paymentReceived() {
        String xml = NotificationXml.write(control(NotificationType.PAYMENT_RECEIVED, "req-2"),
                new ErpEvent.PaymentReceived("1400000001", "0010000005", LocalDate.of(2026, 11, 23),
                        new BigDecimal("150"), "CNY", "BANK-1", new BigDecimal("0"), new BigDecimal("36"), List.of(
                                new ErpEvent.PaymentReceived.Cleared("0090000001", "0090000001", new BigDecimal("113"),
                                        BigDecimal.ZERO, LocalDate.of(2026, 11, 23)),
                                new ErpEvent.PaymentReceived.Cleared("0090000002", "0090000002", new BigDecimal("37"),
                                        new BigDecimal("36"), null))));

        Notifications.validate(xml);
        assertThat(xml).contains("<AUGDT>2026-11-23</AUGDT>", "<REST>36.00</REST>", "<XBLNR>BANK-1</XBLNR>");
    }

    @Test
    void customerChanged() {
        String xml = NotificationXml.write(control(NotificationType.CUSTOMER_CHANGED, "req-3"),
                new ErpEvent.CustomerChanged(false, "0010000005", 3, AT, List.of("NAME1", "KLIMK"), "Huaxin <&> Co.",
                        null, "1 Renmin Road", "200000", "Shanghai", "CN", null, null, "91310000000000050X5", false,
                        "0030", new BigDecimal("50000"), "CNY", true));

        Notifications.validate(xml);
        assertThat(xml).contains("<CHIND>U</CHIND>", "<item>NAME1</item><item>KLIMK</item>",
                "<NAME1>Huaxin &lt;&amp;&gt; Co.</NAME1>", "<CRBLB>X</CRBLB>", "<VERSION>3</VERSION>")
                .doesNotContain("NAME2", "TELF1");
    }

    @Test
    void aCreatedCustomerIsMarkedAsInserted() {
        String xml = NotificationXml.write(control(NotificationType.CUSTOMER_CHANGED, "req-4"),
                new ErpEvent.CustomerChanged(true, "0010001001", 0, AT, List.of(), "Wei Wang", null, null, null,
                        "Beijing", "CN", "+86 130 0001 0001", "w@example.com", null, true, "0001", BigDecimal.ZERO,
                        "CNY", false));

        Notifications.validate(xml);
        assertThat(xml).contains("<CHIND>I</CHIND>", "<CHANGED_FIELDS/>", "<STKZN>X</STKZN>");
    }

    @Test
    void theControlRecordMustMatchTheEvent() {
        assertThatThrownBy(() -> NotificationXml.write(control(NotificationType.INVOICE_POSTED, null),
                new ErpEvent.CreditStatusChanged("0010000005", "A", "B", "00", "ok", BigDecimal.ONE, BigDecimal.ZERO,
                        "CNY", false))).isInstanceOf(IllegalArgumentException.class);
    }
}
