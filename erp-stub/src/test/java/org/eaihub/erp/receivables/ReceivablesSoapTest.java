package org.eaihub.erp.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.seed.ErpSeedFacts;
import org.eaihub.erp.soap.api.AGINGBUCKET;
import org.eaihub.erp.soap.api.CLEARINGIN;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.INVOICE;
import org.eaihub.erp.soap.api.InvoiceGetDetail;
import org.eaihub.erp.soap.api.OPENITEM;
import org.eaihub.erp.soap.api.OpenItemsGet;
import org.eaihub.erp.soap.api.OpenItemsGetResponse;
import org.eaihub.erp.soap.api.PaymentPost;
import org.eaihub.erp.soap.api.PaymentPostResponse;
import org.eaihub.erp.soap.api.ReceivablesAgingGet;
import org.eaihub.erp.soap.api.ReceivablesAgingGetResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReceivablesSoapTest extends ErpIntegrationTest {

    @Autowired
    private ErpCalendar calendar;

    private ReceivablesAgingGetResponse aging(String customer, LocalDate keyDate) throws ErpFault {
        ReceivablesAgingGet request = new ReceivablesAgingGet();
        request.setKUNNR(customer);
        request.setKEYDATE(keyDate);
        return erp().receivablesAgingGet(request);
    }

    private OpenItemsGetResponse openItems(String customer, LocalDate keyDate) throws ErpFault {
        OpenItemsGet request = new OpenItemsGet();
        request.setKUNNR(customer);
        request.setKEYDATE(keyDate);
        return erp().openItemsGet(request);
    }

    private PaymentPostResponse pay(String customer, BigDecimal amount, String... clear) throws ErpFault {
        PaymentPost request = new PaymentPost();
        request.setREQUESTID(requestId());
        request.setKUNNR(customer);
        request.setDMBTR(amount);
        request.setWAERS("CNY");
        request.setXBLNR("BANK-" + customer.substring(4));
        if (clear.length > 0) {
            CLEARINGIN items = new CLEARINGIN();
            items.getItem().addAll(List.of(clear));
            request.setCLEARING(items);
        }
        return erp().paymentPost(request);
    }

    private INVOICE invoice(String number) throws ErpFault {
        InvoiceGetDetail request = new InvoiceGetDetail();
        request.setVBELN(number);
        return erp().invoiceGetDetail(request).getINVOICE();
    }

    @Test
    void theSeedLeavesOpenReceivablesInEveryAgingBucket() throws Exception {
        ReceivablesAgingGetResponse aging = aging(null, null);

        assertThat(aging.getBUCKETS().getItem()).extracting(AGINGBUCKET::getBUCKET)
                .containsExactly("0-30", "31-60", "61-90", "90+");
        assertThat(aging.getBUCKETS().getItem()).allSatisfy(bucket -> {
            assertThat(bucket.getITEMCOUNT()).as(bucket.getBUCKET()).isPositive();
            assertThat(bucket.getDMBTR()).as(bucket.getBUCKET()).isPositive();
        });
        assertThat(aging.getBUCKETS().getItem().get(0).getDAYSFROM()).isZero();
        assertThat(aging.getBUCKETS().getItem().get(0).getDAYSTO()).isEqualTo(30);
        assertThat(aging.getBUCKETS().getItem().get(3).getDAYSFROM()).isEqualTo(91);
        assertThat(aging.getBUCKETS().getItem().get(3).getDAYSTO()).isNull();
        assertThat(aging.getSKFOR()).isEqualByComparingTo(aging.getBUCKETS().getItem().stream()
                .map(AGINGBUCKET::getDMBTR).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(aging.getKEYDATE()).isEqualTo(calendar.today());
    }

    @Test
    void aSeededCustomersOpenInvoiceIsListedWithItsAge() throws Exception {
        LocalDate keyDate = calendar.today();
        OpenItemsGetResponse open = openItems(ErpSeedFacts.CUSTOMER_5, keyDate);

        assertThat(open.getITEMS().getItem()).hasSize(1);
        OPENITEM item = open.getITEMS().getItem().get(0);
        assertThat(item.getBLART().value()).isEqualTo("RV");
        assertThat(item.getSHKZG().value()).isEqualTo("S");
        assertThat(item.getVBELN()).isEqualTo(item.getBELNR());
        assertThat(item.getDMBTR()).isEqualByComparingTo(item.getWRBTR()).isPositive();
        assertThat(item.getAGEDAYS()).isEqualTo(ChronoUnit.DAYS.between(item.getBLDAT(), keyDate))
                .isBetween(31, 60);
        assertThat(item.getVERZN()).isEqualTo(ChronoUnit.DAYS.between(item.getNETDT(), keyDate));
        assertThat(open.getSKFOR()).isEqualByComparingTo(item.getDMBTR());
        assertThat(aging(ErpSeedFacts.CUSTOMER_5, keyDate).getBUCKETS().getItem().get(1).getITEMCOUNT()).isEqualTo(1);
    }

    @Test
    void anInvoiceAgesThroughTheBucketsByItsDocumentDate() throws Exception {
        String customer = newCustomer("500000");
        BigDecimal gross = shipAndBill(customer, "SKU-00020", "1").goodsIssue().getINVOICE().getBRTWR();
        LocalDate today = calendar.today();

        assertThat(bucketHolding(customer, today)).isEqualTo("0-30");
        assertThat(bucketHolding(customer, today.plusDays(30))).isEqualTo("0-30");
        assertThat(bucketHolding(customer, today.plusDays(45))).isEqualTo("31-60");
        assertThat(bucketHolding(customer, today.plusDays(75))).isEqualTo("61-90");
        assertThat(bucketHolding(customer, today.plusDays(91))).isEqualTo("90+");
        assertThat(aging(customer, today.plusDays(91)).getSKFOR()).isEqualByComparingTo(gross);
        assertThat(aging(customer, today.minusDays(1)).getSKFOR()).as("not yet posted").isZero();
        assertThat(openItems(customer, today.minusDays(1)).getITEMS().getItem()).isEmpty();
    }

    private String bucketHolding(String customer, LocalDate keyDate) throws ErpFault {
        return aging(customer, keyDate).getBUCKETS().getItem().stream().filter(b -> b.getITEMCOUNT() > 0)
                .map(AGINGBUCKET::getBUCKET).reduce((a, b) -> a + "," + b).orElse("none");
    }

    @Test
    void aPaymentClearsTheOldestItemsFirstAndReducesTheNext() throws Exception {
        String customer = newCustomer("500000");
        INVOICE first = shipAndBill(customer, "SKU-00021", "1").goodsIssue().getINVOICE();
        INVOICE second = shipAndBill(customer, "SKU-00022", "1").goodsIssue().getINVOICE();
        BigDecimal partial = new BigDecimal("10.00");

        PaymentPostResponse payment = pay(customer, first.getBRTWR().add(partial));

        assertThat(payment.getBELNR()).matches("14[0-9]{8}");
        assertThat(payment.getUNAPPLIED()).isZero();
        assertThat(payment.getCLEARED().getItem()).hasSize(2);
        var cleared = payment.getCLEARED().getItem().get(0);
        assertThat(cleared.getBELNR()).isEqualTo(first.getVBELN());
        assertThat(cleared.getDMBTR()).isEqualByComparingTo(first.getBRTWR());
        assertThat(cleared.getREST()).isZero();
        assertThat(cleared.getAUGDT()).isEqualTo(calendar.today());
        var reduced = payment.getCLEARED().getItem().get(1);
        assertThat(reduced.getBELNR()).isEqualTo(second.getVBELN());
        assertThat(reduced.getREST()).isEqualByComparingTo(second.getBRTWR().subtract(partial));
        assertThat(reduced.getAUGDT()).isNull();
        assertThat(payment.getRETURN().getItem().get(0).getNUMBER()).isEqualTo("061");

        INVOICE paid = invoice(first.getVBELN());
        assertThat(paid.getOPENAMOUNT()).isZero();
        assertThat(paid.getAUGBL()).isEqualTo(payment.getBELNR());
        OpenItemsGetResponse open = openItems(customer, null);
        assertThat(open.getITEMS().getItem()).extracting(OPENITEM::getBELNR).containsExactly(second.getVBELN());
        assertThat(open.getSKFOR()).isEqualByComparingTo(second.getBRTWR().subtract(partial));
    }

    @Test
    void aPaymentClearsTheItemsItNames() throws Exception {
        String customer = newCustomer("500000");
        INVOICE first = shipAndBill(customer, "SKU-00023", "1").goodsIssue().getINVOICE();
        INVOICE second = shipAndBill(customer, "SKU-00024", "1").goodsIssue().getINVOICE();

        PaymentPostResponse payment = pay(customer, second.getBRTWR(), second.getVBELN());

        assertThat(payment.getCLEARED().getItem()).extracting(c -> c.getBELNR()).containsExactly(second.getVBELN());
        assertThat(invoice(first.getVBELN()).getOPENAMOUNT()).isEqualByComparingTo(first.getBRTWR());
        assertThat(invoice(second.getVBELN()).getOPENAMOUNT()).isZero();
    }

    @Test
    void whatAPaymentCannotClearStaysOnAccount() throws Exception {
        String customer = newCustomer("500000");
        INVOICE invoice = shipAndBill(customer, "SKU-00025", "1").goodsIssue().getINVOICE();

        PaymentPostResponse payment = pay(customer, invoice.getBRTWR().add(new BigDecimal("99.50")));

        assertThat(payment.getUNAPPLIED()).isEqualByComparingTo("99.50");
        assertThat(payment.getRETURN().getItem()).extracting(m -> m.getTYPE().value() + m.getNUMBER())
                .containsExactly("S061", "W062");
        OpenItemsGetResponse open = openItems(customer, null);
        assertThat(open.getITEMS().getItem()).hasSize(1);
        OPENITEM credit = open.getITEMS().getItem().get(0);
        assertThat(credit.getBELNR()).isEqualTo(payment.getBELNR());
        assertThat(credit.getBLART().value()).isEqualTo("DZ");
        assertThat(credit.getSHKZG().value()).isEqualTo("H");
        assertThat(credit.getDMBTR()).isEqualByComparingTo("-99.50");
        assertThat(open.getSKFOR()).isEqualByComparingTo("-99.50");
    }

    @Test
    void aPaymentMayOnlyClearTheCustomersOwnOpenItems() throws Exception {
        String customer = newCustomer("500000");
        String foreign = openItems(ErpSeedFacts.CUSTOMER_5, null).getITEMS().getItem().get(0).getBELNR();
        INVOICE own = shipAndBill(customer, "SKU-00026", "1").goodsIssue().getINVOICE();

        assertThatThrownBy(() -> pay(customer, BigDecimal.TEN, foreign)).isInstanceOfSatisfying(ErpFault.class, e -> {
            assertThat(messageOf(e)).isEqualTo("ZERP 060");
            assertThat(e.getMessage()).contains(foreign, customer);
        });
        assertThatThrownBy(() -> pay(customer, BigDecimal.TEN, own.getVBELN(), own.getVBELN()))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 063"));
        assertThat(invoice(own.getVBELN()).getOPENAMOUNT()).isEqualByComparingTo(own.getBRTWR());
    }

    @Test
    void paymentsAreInTheCompanyCurrency() throws Exception {
        PaymentPost request = new PaymentPost();
        request.setREQUESTID(requestId());
        request.setKUNNR(ErpSeedFacts.CUSTOMER_5);
        request.setDMBTR(BigDecimal.TEN);
        request.setWAERS("EUR");

        assertThatThrownBy(() -> erp().paymentPost(request)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 016"));
    }
}
