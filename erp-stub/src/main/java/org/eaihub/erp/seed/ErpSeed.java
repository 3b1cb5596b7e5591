package org.eaihub.erp.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.eaihub.config.seed.SeedData;
import org.eaihub.erp.billing.GoodsIssueService;
import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.common.Money;
import org.eaihub.erp.credit.CreditCheck;
import org.eaihub.erp.customer.Customer;
import org.eaihub.erp.customer.CustomerFields;
import org.eaihub.erp.customer.CustomerRepository;
import org.eaihub.erp.customer.NameLines;
import org.eaihub.erp.customer.PaymentTerms;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.eaihub.erp.sales.Material;
import org.eaihub.erp.sales.MaterialRepository;
import org.eaihub.erp.sales.OrderHeader;
import org.eaihub.erp.sales.Pricing;
import org.eaihub.erp.sales.SalesOrder;
import org.eaihub.erp.sales.SalesOrderRepository;
import org.eaihub.erp.sales.SalesOrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The initial data load on the first start (an empty customer table), before the ERP takes calls: the
 * landscape's customers ({@link SeedData#customers()}) with their ERP numbers and credit limits, the price list
 * ({@link SeedData#products()}), and a billed order for every fifth customer whose invoice is still open, its
 * age spread over the four aging buckets. Everything follows from the seed data and the day of the load:
 * every fifth customer {@code i} has one open invoice dated {@link #ageDays(int)} days before it.
 * Customers the seed marks credit-blocked (every {@value SeedData#CREDIT_BLOCK_EVERY}th) are blocked in credit management.
 */
@Component
public class ErpSeed implements SmartInitializingSingleton {

    static final int RECEIVABLE_EVERY = 5;
    /** A seeded invoice uses at most this share of the customer's credit limit. */
    static final BigDecimal CREDIT_SHARE = new BigDecimal("0.5");
    private static final int[] BUCKET_START_DAYS = {3, 35, 65, 95};
    private static final int SPREAD_DAYS = 25;

    private static final Logger LOG = LoggerFactory.getLogger(ErpSeed.class);

    private final CustomerRepository customers;
    private final MaterialRepository materials;
    private final SalesOrderRepository orders;
    private final GoodsIssueService goodsIssue;
    private final NumberRanges numbers;
    private final ErpCalendar calendar;
    private final TransactionTemplate transactions;

    public ErpSeed(CustomerRepository customers, MaterialRepository materials, SalesOrderRepository orders,
            GoodsIssueService goodsIssue, NumberRanges numbers, ErpCalendar calendar,
            PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.materials = materials;
        this.orders = orders;
        this.goodsIssue = goodsIssue;
        this.numbers = numbers;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (customers.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = calendar.today();
        int[] receivables = new int[1];
        transactions.executeWithoutResult(status -> {
            List<Material> priceList = SeedData.products().stream()
                    .map(p -> new Material(p.sku(), p.description(), p.unit(), p.listPrice(), p.currency())).toList();
            materials.saveAll(priceList);
            List<SeedData.Customer> seeds = SeedData.customers();
            List<String> numbered = numbers.next(NumberRangeObject.DEBITOR, seeds.size());
            for (int i = 0; i < seeds.size(); i++) {
                SeedData.Customer seed = seeds.get(i);
                Customer customer = customer(seed, numbered.get(i));
                if (seed.index() % RECEIVABLE_EVERY == 0) {
                    openInvoice(seed.index(), customer, priceList, today);
                    receivables[0]++;
                }
            }
        });
        LOG.info("Initial data loaded in {} ms: {} customers, {} materials, {} open invoices",
                (System.nanoTime() - started) / 1_000_000, SeedData.CUSTOMERS, SeedData.PRODUCTS, receivables[0]);
    }

    /** The age of customer {@code index}'s open invoice, in days before the load: in bucket (index / 5) mod 4. */
    static int ageDays(int index) {
        int bucket = (index / RECEIVABLE_EVERY) % BUCKET_START_DAYS.length;
        return BUCKET_START_DAYS[bucket] + index % SPREAD_DAYS;
    }

    private Customer customer(SeedData.Customer seed, String number) {
        if (!number.equals(seed.erpNumber())) {
            throw new IllegalStateException("Seed customer " + seed.index() + " has ERP number " + seed.erpNumber()
                    + " but the number range gave " + number);
        }
        boolean individual = seed.kind() == SeedData.CustomerKind.INDIVIDUAL;
        NameLines.Lines name = NameLines.split(seed.name());
        CustomerFields fields = CustomerFields.builder().name1(name.name1()).name2(name.name2())
                .street(seed.street()).postalCode(seed.postalCode()).city(seed.city()).country(seed.countryCode())
                .phone(seed.phone()).email(seed.email()).taxNumber(seed.taxId()).naturalPerson(individual)
                .paymentTerms((individual ? PaymentTerms.IMMEDIATE : PaymentTerms.NET_30).code())
                .creditLimit(seed.creditLimit()).currency(seed.currency())
                .creditBlock(seed.creditBlocked()).build();
        ZoneId zone = calendar.zone();
        return customers.save(Customer.create(number, fields, seed.since(), Caller.SYSTEM.userName(),
                seed.since().atStartOfDay(zone).toInstant()));
    }

    /** One order of one material, billed {@link #ageDays(int)} days ago and not paid. */
    private void openInvoice(int index, Customer customer, List<Material> priceList, LocalDate today) {
        BigDecimal budget = customer.creditLimit().multiply(CREDIT_SHARE);
        BigDecimal grossFactor = BigDecimal.ONE.add(Pricing.VAT_RATE);
        Material material = null;
        for (int i = 0; i < priceList.size() && material == null; i++) {
            Material candidate = priceList.get((index * 37 + i) % priceList.size());
            if (candidate.listPrice().multiply(grossFactor).compareTo(budget) <= 0) {
                material = candidate;
            }
        }
        if (material == null) {
            return;
        }
        BigDecimal unitGross = material.listPrice().multiply(grossFactor);
        int quantity = Math.min(1 + index % 3, budget.divideToIntegralValue(unitGross).intValue());
        Pricing.Result priced = Pricing.price(List.of(new Pricing.Requested(null, material.number(),
                BigDecimal.valueOf(quantity), null)), m -> materials.findById(m).map(Material::priceListEntry));
        LocalDate billed = today.minusDays(ageDays(index));
        LocalDate ordered = billed.minusDays(2);
        OrderHeader header = new OrderHeader(SalesOrderService.DEFAULT_ORDER_TYPE,
                SalesOrderService.DEFAULT_SALES_ORGANIZATION, SalesOrderService.DEFAULT_DISTRIBUTION_CHANNEL,
                SalesOrderService.DEFAULT_DIVISION, customer.number(), customer.number(),
                String.format("PO-SEED-%04d", index), ordered, null, Money.CURRENCY, customer.paymentTerms());
        SalesOrder order = orders.save(SalesOrder.create(numbers.next(NumberRangeObject.SALES_ORDER), header, priced,
                CreditCheck.Status.APPROVED, ordered, LocalTime.of(10, 0), Caller.SYSTEM.userName(),
                ordered.atTime(10, 0).atZone(calendar.zone()).toInstant()));
        goodsIssue.deliverAndBill(order, customer, billed, Caller.SYSTEM, false);
    }
}
