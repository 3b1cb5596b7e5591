package org.eaihub.config.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The landscape's deterministic seed data, one generator for every system: the CRM, the ERP and the SCM each
 * load their own view of the same customers, products and warehouses on first start, so a fresh landscape
 * starts in sync (same seed, same data, on every machine). The records are synthetic; the names are drawn
 * from short lists and belong to nobody.
 */
public final class SeedData {

    public static final long SEED = 20261123L;
    public static final int CUSTOMERS = 1000;
    public static final int PRODUCTS = 200;

    public enum CustomerKind { INDIVIDUAL, ENTERPRISE }

    /**
     * A customer as every system knows it, with the id each system gives it.
     *
     * @param crmId        the CRM's customer id, e.g. {@code C-000042}
     * @param erpNumber    the ERP's 10-digit customer number, e.g. {@code 0010000042}
     * @param scmPartyId   the SCM's ship-to party id, e.g. {@code SP-000042}
     */
    public record Customer(int index, String crmId, String erpNumber, String scmPartyId, CustomerKind kind,
            String name, String taxId, String email, String phone, String city, String street, String postalCode,
            String countryCode, BigDecimal creditLimit, String currency, LocalDate since, boolean creditBlocked) {
    }

    /** Every customer whose index is a multiple of this is blocked in the ERP's credit management. */
    public static final int CREDIT_BLOCK_EVERY = 97;

    /** A product with its list price in the ERP's price list. */
    public record Product(String sku, String description, BigDecimal listPrice, String currency, String unit) {
    }

    public record Warehouse(String code, String name, String city) {
    }

    /** Stock of one product in one warehouse, with its reorder point and the quantity to reorder. */
    public record Stock(String sku, String warehouse, int onHand, int reorderPoint, int reorderQuantity) {
    }

    private static final String[] FAMILY = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou",
        "Wu", "Müller", "Schmidt", "García", "Dubois", "Rossi", "Smith", "Novak", "Kowalski", "Tanaka", "Kim"};
    private static final String[] GIVEN = {"Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Tao", "Hui", "Anna", "Lukas",
        "María", "Léa", "Marco", "Emma", "Jan", "Olga", "Yuki", "Ji-woo", "Chen", "Li"};
    private static final String[] COMPANY_STEM = {"Huaxin", "Dongfang", "Jinqiao", "Changjiang", "Tianhe", "Nordwind",
        "Alpina", "Brightline", "Seaview", "Redwood", "Kunlun", "Zhongtai", "Meridian", "Polaris", "Yunfeng"};
    private static final String[] COMPANY_KIND = {"Trading Co., Ltd.", "Electronics Ltd.", "Logistics Co.",
        "Retail Group", "Manufacturing Co.", "Technology Ltd.", "Import & Export Co."};
    private static final String[][] CITIES = {{"Shanghai", "200000"}, {"Beijing", "100000"},
        {"Guangzhou", "510000"}, {"Shenzhen", "518000"}, {"Hangzhou", "310000"}, {"Chengdu", "610000"},
        {"Wuhan", "430000"}, {"Nanjing", "210000"}, {"Xi'an", "710000"}, {"Tianjin", "300000"}};
    private static final String[] STREETS = {"Renmin Road", "Zhongshan Road", "Jiefang Avenue", "Nanjing Road",
        "Huaihai Road", "Jianguo Road", "Binjiang Avenue", "Keji Road"};
    private static final String[] PRODUCT_KIND = {"Laptop", "Monitor", "Keyboard", "Mouse", "Docking Station",
        "Headset", "Webcam", "Printer", "Router", "SSD", "Memory Module", "Tablet", "Projector", "UPS", "Server"};
    private static final String[] PRODUCT_LINE = {"Basic", "Pro", "Ultra", "Office", "Studio", "Edge", "Lite",
        "Max", "Plus", "Air", "Core", "Prime", "One"};

    public static final List<Warehouse> WAREHOUSES = List.of(
            new Warehouse("WH-SH", "Shanghai Central", "Shanghai"),
            new Warehouse("WH-BJ", "Beijing North", "Beijing"),
            new Warehouse("WH-GZ", "Guangzhou South", "Guangzhou"));

    private SeedData() {
    }

    public static List<Customer> customers() {
        Random random = new Random(SEED);
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int i = 1; i <= CUSTOMERS; i++) {
            boolean enterprise = random.nextInt(100) < 40;
            String name;
            String email;
            String taxId;
            if (enterprise) {
                String stem = COMPANY_STEM[random.nextInt(COMPANY_STEM.length)];
                name = stem + " " + COMPANY_KIND[random.nextInt(COMPANY_KIND.length)] + " No." + i;
                email = "purchasing" + i + "@" + stem.toLowerCase() + "-" + i + ".example.com";
                taxId = String.format("91%06d%08dX%01d", 310000 + random.nextInt(90000), i, i % 10);
            } else {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                name = given + " " + family;
                email = "customer" + i + "@mail.example.com";
                taxId = null;
            }
            String[] city = CITIES[random.nextInt(CITIES.length)];
            String phone = String.format("+86 1%02d %04d %04d", 30 + random.nextInt(60), i, random.nextInt(10000));
            String street = (1 + random.nextInt(899)) + " " + STREETS[random.nextInt(STREETS.length)];
            BigDecimal credit = BigDecimal.valueOf(enterprise ? 50_000 + random.nextInt(20) * 25_000
                    : 5_000 + random.nextInt(10) * 1_000).setScale(2, RoundingMode.UNNECESSARY);
            LocalDate since = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            customers.add(new Customer(i, String.format("C-%06d", i), String.format("00%08d", 10_000_000 + i),
                    String.format("SP-%06d", i), enterprise ? CustomerKind.ENTERPRISE : CustomerKind.INDIVIDUAL,
                    name, taxId, email, phone, city[0], street, city[1], "CN", credit, "CNY", since,
                    i % CREDIT_BLOCK_EVERY == 0));
        }
        return customers;
    }

    public static List<Product> products() {
        Random random = new Random(SEED + 1);
        List<Product> products = new ArrayList<>(PRODUCTS);
        for (int i = 1; i <= PRODUCTS; i++) {
            String kind = PRODUCT_KIND[(i - 1) % PRODUCT_KIND.length];
            String line = PRODUCT_LINE[random.nextInt(PRODUCT_LINE.length)];
            BigDecimal price = BigDecimal.valueOf(20 + random.nextInt(1500) * 5L, 0).add(new BigDecimal("0.99"));
            products.add(new Product(String.format("SKU-%05d", i), kind + " " + line + " " + (100 + i), price, "CNY",
                    "EA"));
        }
        return products;
    }

    public static List<Stock> stock() {
        Random random = new Random(SEED + 2);
        List<Stock> stock = new ArrayList<>();
        for (Product product : products()) {
            for (Warehouse warehouse : WAREHOUSES) {
                int reorderPoint = 10 + random.nextInt(20);
                int onHand = random.nextInt(10) == 0 ? random.nextInt(reorderPoint) : reorderPoint + random.nextInt(200);
                stock.add(new Stock(product.sku(), warehouse.code(), onHand, reorderPoint, reorderPoint * 4));
            }
        }
        return stock;
    }
}
