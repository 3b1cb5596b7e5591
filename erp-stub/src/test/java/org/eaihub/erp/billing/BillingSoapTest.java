package org.eaihub.erp.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.GoodsIssuePostResponse;
import org.eaihub.erp.soap.api.INVOICE;
import org.eaihub.erp.soap.api.InvoiceGetDetail;
import org.eaihub.erp.soap.api.SALESORDER;
import org.eaihub.erp.soap.api.SalesOrderGetDetail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BillingSoapTest extends ErpIntegrationTest {

    @Autowired
    private ErpCalendar calendar;

    private GoodsIssuePostResponse goodsIssue(String order, java.time.LocalDate date) throws ErpFault {
        GoodsIssuePost request = new GoodsIssuePost();
        request.setREQUESTID(requestId());
        request.setVBELN(order);
        request.setWADATIST(date);
        return erp().goodsIssuePost(request);
    }

    private INVOICE invoice(String number) throws ErpFault {
        InvoiceGetDetail request = new InvoiceGetDetail();
        request.setVBELN(number);
        return erp().invoiceGetDetail(request).getINVOICE();
    }

    @Test
    void goodsIssueDeliversTheWholeOrderAndBillsIt() throws Exception {
        String customer = newCustomer("500000");
        var order = newOrder(customer, "SKU-00010", "2", "SKU-00011", "1").getSALESORDER();

        GoodsIssuePostResponse response = goodsIssue(order.getVBELN(), null);

        assertThat(response.getVBELN()).isEqualTo(order.getVBELN());
        assertThat(response.getVBELNVL()).matches("008[0-9]{7}");
        assertThat(response.getWADATIST()).isEqualTo(calendar.today());
        INVOICE invoice = response.getINVOICE();
        assertThat(invoice.getVBELN()).matches("009[0-9]{7}");
        assertThat(invoice.getFKART()).isEqualTo("F2");
        assertThat(invoice.getFKDAT()).isEqualTo(calendar.today());
        assertThat(invoice.getKUNRG()).isEqualTo(customer);
        assertThat(invoice.getAUBEL()).isEqualTo(order.getVBELN());
        assertThat(invoice.getVGBEL()).isEqualTo(response.getVBELNVL());
        assertThat(invoice.getBELNR()).isEqualTo(invoice.getVBELN());
        assertThat(invoice.getNETWR()).isEqualByComparingTo(order.getNETWR());
        assertThat(invoice.getMWSBK()).isEqualByComparingTo(order.getMWSBK());
        assertThat(invoice.getBRTWR()).isEqualByComparingTo(order.getBRTWR());
        assertThat(invoice.getZTERM()).isEqualTo("0030");
        assertThat(invoice.getNETDT()).isEqualTo(calendar.today().plusDays(30));
        assertThat(invoice.getOPENAMOUNT()).isEqualByComparingTo(order.getBRTWR());
        assertThat(invoice.getAUGDT()).isNull();
        assertThat(invoice.getITEMS().getItem()).extracting(i -> i.getMATNR() + "x" + i.getFKIMG().intValue())
                .containsExactly("SKU-00010x2", "SKU-00011x1");
        assertThat(response.getRETURN().getItem().get(0).getMESSAGE()).isEqualTo("Goods issue posted for sales order "
                + order.getVBELN() + ": delivery " + response.getVBELNVL() + ", invoice " + invoice.getVBELN());

        SalesOrderGetDetail read = new SalesOrderGetDetail();
        read.setVBELN(order.getVBELN());
        SALESORDER delivered = erp().salesOrderGetDetail(read).getSALESORDER();
        assertThat(delivered.getGBSTK().value() + delivered.getLFSTK().value() + delivered.getFKSTK().value())
                .isEqualTo("CCC");
        assertThat(delivered.getVBELNVL()).isEqualTo(response.getVBELNVL());
        assertThat(delivered.getVBELNVF()).isEqualTo(invoice.getVBELN());
    }

    @Test
    void theInvoiceIsReadBack() throws Exception {
        INVOICE posted = shipAndBill(newCustomer("500000"), "SKU-00012", "3").goodsIssue().getINVOICE();

        INVOICE read = invoice(posted.getVBELN());

        assertThat(read.getBRTWR()).isEqualByComparingTo(posted.getBRTWR());
        assertThat(read.getNETDT()).isEqualTo(posted.getNETDT());
        assertThat(read.getITEMS().getItem()).hasSize(1);
        assertThatThrownBy(() -> invoice("0090999999")).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 050"));
    }

    @Test
    void goodsIssueIsPostedOnceForAnOrder() throws Exception {
        var billed = shipAndBill(newCustomer("500000"), "SKU-00013", "1");

        assertThatThrownBy(() -> goodsIssue(billed.order().getVBELN(), null)).isInstanceOfSatisfying(ErpFault.class,
                e -> {
                    assertThat(messageOf(e)).isEqualTo("ZERP 041");
                    assertThat(e.getMessage()).contains(billed.goodsIssue().getVBELNVL());
                });
        assertThat(count("invoice", "aubel = ?", billed.order().getVBELN())).isEqualTo(1);
    }

    @Test
    void goodsIssueIsNotPostedInTheFutureNorBeforeTheOrder() throws Exception {
        String order = newOrder(newCustomer("500000"), "SKU-00014", "1").getVBELN();

        assertThatThrownBy(() -> goodsIssue(order, calendar.today().plusDays(1)))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 045"));
        assertThatThrownBy(() -> goodsIssue(order, calendar.today().minusDays(1)))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 046"));
        assertThatThrownBy(() -> goodsIssue("0000000002", null))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 036"));
    }

    @Test
    void anApprovedOrderIsStoppedAtGoodsIssueWhenTheExposureNoLongerFits() throws Exception {
        String customer = newCustomer("20000");
        String first = newOrder(customer, "SKU-00001", "1").getVBELN();
        var second = newOrder(customer, "SKU-00001", "1");
        var firstGross = second.getSALESORDER().getBRTWR();
        goodsIssue(first, null);
        org.eaihub.erp.soap.api.CustomerChange lower = new org.eaihub.erp.soap.api.CustomerChange();
        lower.setREQUESTID(requestId());
        lower.setKUNNR(customer);
        lower.setCUSTOMERDATA(new org.eaihub.erp.soap.api.CUSTOMERCHANGEDATA());
        lower.getCUSTOMERDATA().setKLIMK(firstGross.add(firstGross).subtract(java.math.BigDecimal.ONE));
        erp().customerChange(lower);

        assertThatThrownBy(() -> goodsIssue(second.getVBELN(), null)).isInstanceOfSatisfying(ErpFault.class,
                e -> assertThat(messageOf(e)).isEqualTo("ZERP 042"));
    }
}
