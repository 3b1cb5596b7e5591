package org.eaihub.hub.customer360;

import java.util.List;

import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.customer.AgingBucket;
import org.eaihub.canonical.customer.OpenItem;
import org.eaihub.canonical.customer.TradePeriod;

/** The ERP's part of a customer 360: receivables with their aging and open items, this month and the last twelve. */
public record ErpAccount(Money receivableBalance, List<AgingBucket> aging, List<OpenItem> openItems,
        TradePeriod currentMonth, List<TradePeriod> tradeHistory) {
}
