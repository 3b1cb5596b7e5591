package org.eaihub.erp.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.eaihub.erp.ErpIntegrationTest;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.seed.ErpSeedFacts;
import org.eaihub.erp.soap.api.ErpFault;
import org.eaihub.erp.soap.api.GoodsIssuePost;
import org.eaihub.erp.soap.api.PERIOD;
import org.eaihub.erp.soap.api.SalesOrderCancel;
import org.eaihub.erp.soap.api.TradeHistoryGet;
import org.eaihub.erp.soap.api.TradeHistoryGetResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TradeHistorySoapTest extends ErpIntegrationTest {

    @Autowired
    private ErpCalendar calendar;

    private TradeHistoryGetResponse history(String customer, String from, String to) throws ErpFault {
        TradeHistoryGet request = new TradeHistoryGet();
        request.setKUNNR(customer);
        request.setSPMONFROM(from);
        request.setSPMONTO(to);
        return erp().tradeHistoryGet(request);
    }

    @Test
    void aCustomersOrdersAndInvoicesByMonth() throws Exception {
        String customer = newCustomer("1000000");
        var delivered = newOrder(customer, "SKU-00030", "2").getSALESORDER();
        var open = newOrder(customer, "SKU-00031", "1").getSALESORDER();
        var cancelled = newOrder(customer, "SKU-00032", "5").getVBELN();
        GoodsIssuePost goodsIssue = new GoodsIssuePost();
        goodsIssue.setREQUESTID(requestId());
        goodsIssue.setVBELN(delivered.getVBELN());
        erp().goodsIssuePost(goodsIssue);
        SalesOrderCancel cancel = new SalesOrderCancel();
        cancel.setREQUESTID(requestId());
        cancel.setVBELN(cancelled);
        cancel.setABGRU("Z1");
        erp().salesOrderCancel(cancel);

        TradeHistoryGetResponse response = history(customer, null, null);

        assertThat(response.getKUNNR()).isEqualTo(customer);
        assertThat(response.getWAERS()).isEqualTo("CNY");
        assertThat(response.getPERIODS().getItem()).hasSize(1);
        PERIOD month = response.getPERIODS().getItem().get(0);
        assertThat(month.getSPMON()).isEqualTo(TradeHistory.PERIOD.format(YearMonth.from(calendar.today())));
        assertThat(month.getORDERCOUNT()).isEqualTo(2);
        assertThat(month.getCANCELLEDCOUNT()).isEqualTo(1);
        assertThat(month.getAENETWR()).isEqualByComparingTo(delivered.getNETWR().add(open.getNETWR()));
        assertThat(month.getAEBRTWR()).isEqualByComparingTo(delivered.getBRTWR().add(open.getBRTWR()));
        assertThat(month.getUMNETWR()).isEqualByComparingTo(delivered.getNETWR());
    }

    @Test
    void theSeededOrderIsInTheHistory() throws Exception {
        TradeHistoryGetResponse response = history(ErpSeedFacts.CUSTOMER_5, null, null);

        assertThat(response.getPERIODS().getItem()).extracting(PERIOD::getORDERCOUNT).contains(1);
        assertThat(response.getPERIODS().getItem().stream().mapToInt(PERIOD::getORDERCOUNT).sum()).isEqualTo(1);
        assertThat(response.getPERIODS().getItem().stream().map(PERIOD::getUMNETWR)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isPositive();
    }

    @Test
    void aRangeOfMonthsIsChecked() throws Exception {
        assertThat(history(ErpSeedFacts.CUSTOMER_5, "200001", "200012").getPERIODS().getItem()).isEmpty();
        assertThatThrownBy(() -> history(ErpSeedFacts.CUSTOMER_5, "202612", "202601"))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 070"));
        assertThatThrownBy(() -> history(ErpSeedFacts.CUSTOMER_5, "200001", "202601"))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 071"));
        assertThatThrownBy(() -> history("0019999999", null, null))
                .isInstanceOfSatisfying(ErpFault.class, e -> assertThat(messageOf(e)).isEqualTo("ZERP 010"));
    }
}
