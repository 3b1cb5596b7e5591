package org.eaihub.adapters.erp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eaihub.adapters.erp.client.AGINGBUCKET;
import org.eaihub.adapters.erp.client.OPENITEM;
import org.eaihub.adapters.erp.client.OpenItemsGetResponse;
import org.eaihub.adapters.erp.client.PERIOD;
import org.eaihub.adapters.erp.client.ReceivablesAgingGetResponse;
import org.eaihub.adapters.erp.client.TradeHistoryGetResponse;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.customer.AgingBucket;
import org.eaihub.canonical.customer.OpenItem;
import org.eaihub.canonical.customer.TradePeriod;

/**
 * The ERP's accounts receivable and sales statistics of one customer in canonical words: aging buckets
 * ({@code ReceivablesAgingGet}), open items ({@code OpenItemsGet}) and trade per month ({@code TradeHistoryGet},
 * {@code SPMON} yyyyMM → {@code YYYY-MM}). Every amount is in the currency the ERP answers with ({@code WAERS}).
 */
public final class ErpReceivablesMapper {

    private static final DateTimeFormatter SPMON = DateTimeFormatter.ofPattern("yyyyMM");

    private ErpReceivablesMapper() {
    }

    public static Money balance(ReceivablesAgingGetResponse aging) {
        return new Money(aging.getSKFOR(), aging.getWAERS());
    }

    public static List<AgingBucket> buckets(ReceivablesAgingGetResponse aging) {
        List<AgingBucket> buckets = new ArrayList<>();
        if (aging.getBUCKETS() != null) {
            for (AGINGBUCKET b : aging.getBUCKETS().getItem()) {
                buckets.add(new AgingBucket(b.getBUCKET(), b.getDAYSFROM(), b.getDAYSTO(), b.getITEMCOUNT(),
                        new Money(b.getDMBTR(), aging.getWAERS())));
            }
        }
        return buckets;
    }

    /** The open items, oldest document first. */
    public static List<OpenItem> openItems(OpenItemsGetResponse items) {
        List<OpenItem> open = new ArrayList<>();
        if (items.getITEMS() != null) {
            for (OPENITEM i : items.getITEMS().getItem()) {
                open.add(new OpenItem(i.getBELNR(), i.getVBELN(), date(i.getBLDAT()), date(i.getNETDT()),
                        new Money(i.getDMBTR(), i.getWAERS() == null ? items.getWAERS() : i.getWAERS()),
                        i.getVERZN()));
            }
        }
        open.sort(java.util.Comparator.comparing(OpenItem::documentDate).thenComparing(OpenItem::documentId));
        return open;
    }

    /** Every month the ERP reported, oldest first. */
    public static List<TradePeriod> tradeHistory(TradeHistoryGetResponse history) {
        List<TradePeriod> periods = new ArrayList<>();
        if (history.getPERIODS() != null) {
            for (PERIOD p : history.getPERIODS().getItem()) {
                String currency = history.getWAERS();
                periods.add(new TradePeriod(month(p.getSPMON()), p.getORDERCOUNT(), new Money(p.getAENETWR(), currency),
                        new Money(p.getAEBRTWR(), currency), new Money(p.getUMNETWR(), currency),
                        p.getCANCELLEDCOUNT()));
            }
        }
        periods.sort(java.util.Comparator.comparing(TradePeriod::month));
        return periods;
    }

    /** The given month from the history; a month without any order or invoice (the ERP omits it) counts zero. */
    public static TradePeriod month(List<TradePeriod> history, YearMonth month, String currency) {
        String key = month.toString();
        return history.stream().filter(p -> p.month().equals(key)).findFirst()
                .orElseGet(() -> new TradePeriod(key, 0, new Money(BigDecimal.ZERO, currency),
                        new Money(BigDecimal.ZERO, currency), new Money(BigDecimal.ZERO, currency), 0));
    }

    /** {@code yyyyMM} of the ERP's periods. */
    public static String spmon(YearMonth month) {
        return month.format(SPMON);
    }

    private static String month(String spmon) {
        return YearMonth.parse(spmon, SPMON).toString();
    }

    private static LocalDate date(XMLGregorianCalendar calendar) {
        return calendar == null ? null
                : LocalDate.of(calendar.getYear(), calendar.getMonth(), calendar.getDay());
    }
}
