package org.eaihub.adapters.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.customer.Customer;
import org.junit.jupiter.api.Test;

class ErpAdapterTest {

    /** The ERP's published notification schema: the samples below must be what the ERP could send. */
    private static final Path NOTIFICATION_XSD = Path.of("../erp-stub/src/main/resources/wsdl/erp/ErpNotification.xsd");

    private static String notification(String type, String user, String segment) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <NOTIFICATION xmlns="urn:eaihub:erp:notification:v1">
                  <EDI_DC40><DOCNUM>0000000000000042</DOCNUM><MESTYP>%s</MESTYP><SNDPRN>ERPCLNT100</SNDPRN>
                    <CREDAT>2026-11-23</CREDAT><CRETIM>10:15:00</CRETIM><CREATED_AT>2026-11-23T02:15:00Z</CREATED_AT>
                    <UNAME>%s</UNAME><REQUEST_ID>req-1</REQUEST_ID></EDI_DC40>
                  %s
                </NOTIFICATION>""".formatted(type, user, segment);
    }

    private static void assertValid(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(NOTIFICATION_XSD.toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void aPaymentIsReadWithWhatItClearedAndWhatWasLeftOnAccount() throws Exception {
        String xml = notification("PAYMENT_RECEIVED", "erp-clerk", """
                <E1PAYMENT><BELNR>1400000007</BELNR><KUNNR>0010000042</KUNNR><BUDAT>2026-11-23</BUDAT>
                  <DMBTR>150.00</DMBTR><WAERS>CNY</WAERS><UNAPPLIED>30.00</UNAPPLIED><SKFOR>0.00</SKFOR>
                  <CLEARED>
                    <item><BELNR>1800000001</BELNR><VBELN>0090000001</VBELN><DMBTR>100.00</DMBTR><REST>0.00</REST>
                      <AUGDT>2026-11-23</AUGDT></item>
                    <item><BELNR>1800000002</BELNR><DMBTR>20.00</DMBTR><REST>5.00</REST></item>
                  </CLEARED></E1PAYMENT>""");
        assertValid(xml);

        var payment = (ErpNotification.PaymentReceived) ErpNotificationReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(payment.customerNumber()).isEqualTo("0010000042");
        assertThat(payment.document()).isEqualTo("1400000007");
        assertThat(payment.amount()).isEqualByComparingTo("150");
        assertThat(payment.unapplied()).isEqualByComparingTo("30");
        assertThat(payment.cleared()).hasSize(2);
        assertThat(payment.cleared().get(0).invoice()).isEqualTo("0090000001");
        assertThat(payment.cleared().get(0).amount()).isEqualByComparingTo("100");
        assertThat(payment.cleared().get(1).invoice()).isNull();
    }

    @Test
    void aCreditStatusChangeIsRead() throws Exception {
        String xml = notification("CREDIT_STATUS_CHANGED", "erp-clerk", """
                <E1CREDIT><KUNNR>0010000042</KUNNR><CMGST>B</CMGST><CMGST_OLD>A</CMGST_OLD><REASON>LIMIT</REASON>
                  <REASON_TEXT>Credit limit exceeded</REASON_TEXT><KLIMK>50000.00</KLIMK><SKFOR>61000.00</SKFOR>
                  <WAERS>CNY</WAERS><CRBLB>X</CRBLB></E1CREDIT>""");
        assertValid(xml);

        var credit = (ErpNotification.CreditStatusChanged) ErpNotificationReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(credit.customerNumber()).isEqualTo("0010000042");
        assertThat(credit.status()).isEqualTo("B");
        assertThat(credit.blocked()).isTrue();
        assertThat(credit.creditLimit()).isEqualByComparingTo("50000");
        assertThat(credit.user()).isEqualTo("erp-clerk");
        assertThat(credit.docnum()).isEqualTo("0000000000000042");
    }

    @Test
    void aCustomerChangeIsReadWithTheFieldsThatChanged() throws Exception {
        String xml = notification("CUSTOMER_CHANGED", "hub", """
                <E1CUSTOMER><CHIND>U</CHIND><KUNNR>0010000042</KUNNR><VERSION>3</VERSION>
                  <LAST_CHANGED_AT>2026-11-23T02:15:00Z</LAST_CHANGED_AT>
                  <CHANGED_FIELDS><item>NAME1</item><item>KLIMK</item></CHANGED_FIELDS>
                  <NAME1>Haier</NAME1><ORT01>Qingdao</ORT01><LAND1>CN</LAND1><STKZN></STKZN><ZTERM>0030</ZTERM>
                  <KLIMK>80000.00</KLIMK><WAERS>CNY</WAERS><CRBLB></CRBLB></E1CUSTOMER>""");

        var changed = (ErpNotification.CustomerChanged) ErpNotificationReader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(changed.created()).isFalse();
        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.changedFields()).containsExactly("NAME1", "KLIMK");
        assertThat(changed.creditLimit()).isEqualByComparingTo("80000");
        assertThat(changed.blocked()).isFalse();
    }

    @Test
    void aDocumentThatIsNotANotificationIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> ErpNotificationReader.read("<x/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("root x");
        assertThatThrownBy(() -> ErpNotificationReader.read(notification("CREDIT_STATUS_CHANGED", "u", "")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("E1CREDIT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> ErpNotificationReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Unreadable");
    }

    @Test
    void aCustomerBecomesTheErpsCustomerMasterFieldsWithoutTheErpsOwnFields() {
        Customer customer = Fixtures.haier().toBuilder()
                .name("Qingdao Haier Intelligent Home Appliances International Trading Company Limited")
                .addresses(List.of(new Address(AddressType.BILLING, "1 Haier Road, Laoshan District", null, "Qingdao",
                        null, "266101", "CN")))
                .contacts(List.of(new Contact(null, null, "buy@haier.example.com", "+8653288938888", true)))
                .build();

        var data = ErpCustomerMapper.toCreate(customer);

        assertThat(data.getNAME1()).as("split at the last space that fits").isEqualTo("Qingdao Haier Intelligent Home");
        assertThat(data.getNAME2()).hasSize(35).isEqualTo("Appliances International Trading Co");
        assertThat(ErpCustomerMapper.truncated(customer)).isTrue();
        assertThat(data.getORT01()).isEqualTo("Qingdao");
        assertThat(data.getLAND1()).isEqualTo("CN");
        assertThat(data.getSMTPADDR()).isEqualTo("buy@haier.example.com");
        assertThat(data.getTELF1()).isEqualTo("+8653288938888");
        assertThat(data.getKLIMK()).as("the ERP's own").isNull();
        assertThat(data.getCRBLB()).isNull();
        assertThat(ErpCustomerMapper.toChange(customer).getNAME1()).isEqualTo(data.getNAME1());
    }

    @Test
    void differencesNameTheErpFieldsAndIgnoreHowAPhoneNumberIsTyped() {
        var data = ErpCustomerMapper.toChange(Fixtures.haier().toBuilder()
                .contacts(List.of(new Contact(null, null, "a@haier.example.com", "+8613000011234", true))).build());
        var erp = new org.eaihub.adapters.erp.client.CUSTOMER();
        erp.setNAME1(data.getNAME1());
        erp.setNAME2(data.getNAME2());
        erp.setSTRAS(data.getSTRAS());
        erp.setPSTLZ(data.getPSTLZ());
        erp.setORT01(data.getORT01());
        erp.setLAND1(data.getLAND1());
        erp.setTELF1("+86 130 0001 1234");
        erp.setSMTPADDR("other@haier.example.com");
        erp.setSTCD1(data.getSTCD1());
        erp.setSTKZN(data.getSTKZN());

        assertThat(ErpCustomerMapper.differences(erp, data)).containsExactly("SMTP_ADDR");
        erp.setSMTPADDR("a@haier.example.com");
        assertThat(ErpCustomerMapper.holds(erp, data)).isTrue();
    }

    @Test
    void aCustomerWithoutCityAndCountryCannotBeSynchronizedYet() {
        Customer noAddress = Fixtures.haier().toBuilder().addresses(List.of()).build();
        assertThat(ErpCustomerMapper.unsyncableReason(noAddress)).hasValueSatisfying(r -> assertThat(r).contains("city"));
        assertThat(ErpCustomerMapper.unsyncableReason(Fixtures.haier())).isEmpty();
    }
}
