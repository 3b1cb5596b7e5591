package org.eaihub.erp.common;

/**
 * The ERP's message catalogue (message class {@code ZERP}), in the manner of SAP's T100 messages: a number, a
 * default type and a text with placeholders {@code &1..&4}. Every return message and fault names one of these,
 * so that a client can act on ID and NUMBER instead of parsing text.
 */
public enum ErpMessage {

    REQUEST_REPLAYED("001", 'I', "Request &1 was already processed at &2; the original result is returned"),
    REQUEST_ID_REUSED("002", 'E', "Request id &1 was already used for a different request (&2)"),
    CONCURRENT_CHANGE("003", 'E', "The document was changed by another request at the same time; read it again and retry"),

    CUSTOMER_NOT_FOUND("010", 'E', "Customer &1 does not exist"),
    CUSTOMER_CREATED("011", 'S', "Customer &1 created"),
    TAX_NUMBER_IN_USE("012", 'W', "Tax number &1 is also used by customer &2"),
    CUSTOMER_CHANGED("013", 'S', "Customer &1 changed: &2"),
    CUSTOMER_VERSION_CONFLICT("014", 'E', "Customer &1 was changed by &2 in the meantime (version &3, request expects &4)"),
    CUSTOMER_UNCHANGED("015", 'I', "Customer &1: no field differs from the current data; nothing changed"),
    CURRENCY_NOT_SUPPORTED("016", 'E', "Currency &1 is not supported; this company code works in &2"),
    CUSTOMER_FOUND("017", 'S', "Customer &1 read"),

    CREDIT_APPROVED("020", 'S', "Credit check passed: exposure &1 within credit limit &2 &3"),
    CREDIT_LIMIT_EXCEEDED("021", 'W', "Credit limit exceeded: exposure &1 above credit limit &2 &3"),
    CREDIT_BLOCKED("022", 'W', "Customer &1 is blocked in credit management"),
    CREDIT_NO_LIMIT("023", 'W', "Customer &1 has no credit limit; only orders without value pass"),

    MATERIAL_NOT_FOUND("030", 'E', "Material &1 does not exist (item &2)"),
    QUANTITY_NOT_WHOLE("031", 'E', "Quantity &1 of item &2 is not allowed for unit &3, which has no decimals"),
    UNIT_NOT_ALLOWED("032", 'E', "Unit &1 of item &2 is not a sales unit of material &3 (use &4)"),
    ITEM_NUMBER_TWICE("034", 'E', "Item number &1 is used twice"),
    ORDER_CREATED("035", 'S', "Standard order &1 has been saved"),
    ORDER_NOT_FOUND("036", 'E', "Sales order &1 does not exist"),
    ORDER_ALREADY_DELIVERED("037", 'E', "Sales order &1 has been delivered (delivery &2) and cannot be cancelled"),
    ORDER_CANCELLED("038", 'S', "Sales order &1 rejected with reason &2"),
    ORDER_ALREADY_CANCELLED("039", 'W', "Sales order &1 was already rejected (reason &2); nothing changed"),
    ORDER_IS_CANCELLED("040", 'E', "Sales order &1 is rejected (reason &2) and cannot be delivered"),
    GOODS_ISSUE_ALREADY_POSTED("041", 'E', "Goods issue for sales order &1 was already posted (delivery &2)"),
    ORDER_CREDIT_BLOCKED("042", 'E', "Sales order &1 is blocked by credit management: &2"),
    GOODS_ISSUE_POSTED("043", 'S', "Goods issue posted for sales order &1: delivery &2, invoice &3"),
    ORDER_CREDIT_BLOCK_SET("044", 'W', "Sales order &1 is blocked for delivery by credit management: &2"),
    GOODS_ISSUE_IN_FUTURE("045", 'E', "Goods issue date &1 is in the future"),
    GOODS_ISSUE_BEFORE_ORDER("046", 'E', "Goods issue date &1 is before the order date &2"),
    SHIP_TO_NOT_FOUND("047", 'E', "Ship-to party &1 does not exist"),
    ORDER_FOUND("048", 'S', "Sales order &1 read"),

    INVOICE_NOT_FOUND("050", 'E', "Billing document &1 does not exist"),
    INVOICE_FOUND("051", 'S', "Billing document &1 read"),

    OPEN_ITEM_NOT_FOUND("060", 'E', "Document &1 is not an open item of customer &2"),
    PAYMENT_POSTED("061", 'S', "Document &1 was posted: &2 &3, &4 item(s) cleared or reduced"),
    PAYMENT_ON_ACCOUNT("062", 'W', "&1 &2 of payment &3 posted on account: no open item left to clear"),
    OPEN_ITEM_TWICE("063", 'E', "Open item &1 is listed twice"),
    OPEN_ITEMS_READ("064", 'S', "&1 open item(s) of customer &2 at &3"),
    AGING_READ("065", 'S', "Receivables aged at &1"),

    PERIOD_RANGE_INVALID("070", 'E', "Period &1 is after period &2"),
    PERIOD_RANGE_TOO_LONG("071", 'E', "Period range &1 to &2 is longer than &3 months"),
    HISTORY_READ("072", 'S', "Trade history of customer &1 from &2 to &3"),

    INJECTED_LOCK("090", 'E', "&1 is locked by user &2 (injected fault)"),

    NUMBER_RANGE_EXHAUSTED("099", 'A', "Number range &1 is exhausted");

    /** The message class of this catalogue ({@code ID} in a return message). */
    public static final String MESSAGE_CLASS = "ZERP";

    private final String number;
    private final char type;
    private final String template;

    ErpMessage(String number, char type, String template) {
        this.number = number;
        this.type = type;
        this.template = template;
    }

    public String number() {
        return number;
    }

    public char type() {
        return type;
    }

    /** The text with {@code &1..&4} replaced by the variables (missing ones become empty). */
    public String format(Object... variables) {
        String text = template;
        for (int i = 4; i >= 1; i--) {
            Object value = variables.length >= i ? variables[i - 1] : null;
            text = text.replace("&" + i, value == null ? "" : String.valueOf(value));
        }
        return text;
    }
}
