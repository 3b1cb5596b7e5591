package org.eaihub.adapters.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import javax.xml.datatype.DatatypeFactory;

import org.eaihub.adapters.erp.client.AGINGBUCKET;
import org.eaihub.adapters.erp.client.AGINGBUCKETS;
import org.eaihub.adapters.erp.client.OPENITEM;
import org.eaihub.adapters.erp.client.OPENITEMS;
import org.eaihub.adapters.erp.client.OpenItemsGetResponse;
import org.eaihub.adapters.erp.client.PERIOD;
import org.eaihub.adapters.erp.client.PERIODS;
import org.eaihub.adapters.erp.client.ReceivablesAgingGetResponse;
import org.eaihub.adapters.erp.client.TradeHistoryGetResponse;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.customer.AgingBucket;
import org.eaihub.canonical.customer.OpenItem;
import org.eaihub.canonical.customer.TradePeriod;
import org.junit.jupiter.api.Test;

class ErpReceivablesMapperTest {

    @Test
    void agingBucketsKeepTheirBoundsAndTheErpsCurrency() {
        ReceivablesAgingGetResponse aging = new ReceivablesAgingGetResponse();
        aging.setWAERS("CNY");
        aging.setSKFOR(new BigDecimal("1130.00"));
        AGINGBUCKETS buckets = new AGINGBUCKETS();
        buckets.getItem().add(bucket("0-30", 0, 30, 1, "1130.00"));
        buckets.getItem().add(bucket("90+", 91, null, 0, "0.00"));
        aging.setBUCKETS(buckets);

        assertThat(ErpReceivablesMapper.balance(aging)).isEqualTo(Money.of("1130.00", "CNY"));
        assertThat(ErpReceivablesMapper.buckets(aging)).containsExactly(
                new AgingBucket("0-30", 0, 30, 1, Money.of("1130.00", "CNY")),
                new AgingBucket("90+", 91, null, 0, Money.of("0.00", "CNY")));
    }

    @Test
    void openItemsComeOldestFirstWithTheirInvoiceAndArrears() throws Exception {
        OpenItemsGetResponse response = new OpenItemsGetResponse();
        response.setWAERS("CNY");
        OPENITEMS items = new OPENITEMS();
        items.getItem().add(item("1800000002", null, "2026-11-20", "-50.00", -5));
        items.getItem().add(item("1800000001", "0090000001", "2026-09-01", "1130.00", 61));
        response.setITEMS(items);

        assertThat(ErpReceivablesMapper.openItems(response)).containsExactly(
                new OpenItem("1800000001", "0090000001", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                        Money.of("1130.00", "CNY"), 61),
                new OpenItem("1800000002", null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20),
                        Money.of("-50.00", "CNY"), -5));
    }

    @Test
    void tradeHistoryIsPerCalendarMonthAndAQuietMonthCountsZero() {
        TradeHistoryGetResponse response = new TradeHistoryGetResponse();
        response.setWAERS("CNY");
        PERIODS periods = new PERIODS();
        periods.getItem().add(period("202612", 2, "200.00", "226.00", "0.00", 1));
        periods.getItem().add(period("202611", 1, "100.00", "113.00", "100.00", 0));
        response.setPERIODS(periods);

        var history = ErpReceivablesMapper.tradeHistory(response);

        assertThat(history).extracting(TradePeriod::month).containsExactly("2026-11", "2026-12");
        assertThat(ErpReceivablesMapper.month(history, YearMonth.of(2026, 12), "CNY")).isEqualTo(new TradePeriod(
                "2026-12", 2, Money.of("200.00", "CNY"), Money.of("226.00", "CNY"), Money.of("0.00", "CNY"), 1));
        TradePeriod quiet = ErpReceivablesMapper.month(history, YearMonth.of(2027, 1), "CNY");
        assertThat(quiet.month()).isEqualTo("2027-01");
        assertThat(quiet.orderCount()).isZero();
        assertThat(quiet.orderedNet().amount()).isEqualByComparingTo("0");
        assertThat(ErpReceivablesMapper.spmon(YearMonth.of(2026, 3))).isEqualTo("202603");
    }

    private static AGINGBUCKET bucket(String name, int from, Integer to, int count, String amount) {
        AGINGBUCKET bucket = new AGINGBUCKET();
        bucket.setBUCKET(name);
        bucket.setDAYSFROM(from);
        bucket.setDAYSTO(to);
        bucket.setITEMCOUNT(count);
        bucket.setDMBTR(new BigDecimal(amount));
        return bucket;
    }

    private static OPENITEM item(String belnr, String vbeln, String documentDate, String open, int arrears)
            throws Exception {
        OPENITEM item = new OPENITEM();
        item.setBELNR(belnr);
        item.setVBELN(vbeln);
        item.setBLDAT(DatatypeFactory.newInstance().newXMLGregorianCalendar(documentDate));
        item.setNETDT(DatatypeFactory.newInstance().newXMLGregorianCalendar(
                LocalDate.parse(documentDate).plusDays(30).toString()));
        item.setDMBTR(new BigDecimal(open));
        item.setWAERS("CNY");
        item.setVERZN(arrears);
        return item;
    }

    private static PERIOD period(String spmon, int orders, String net, String gross, String invoiced, int cancelled) {
        PERIOD period = new PERIOD();
        period.setSPMON(spmon);
        period.setORDERCOUNT(orders);
        period.setAENETWR(new BigDecimal(net));
        period.setAEBRTWR(new BigDecimal(gross));
        period.setUMNETWR(new BigDecimal(invoiced));
        period.setCANCELLEDCOUNT(cancelled);
        return period;
    }
}
