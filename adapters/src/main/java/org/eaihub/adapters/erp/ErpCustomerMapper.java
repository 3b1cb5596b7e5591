package org.eaihub.adapters.erp;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eaihub.adapters.erp.client.CUSTOMER;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.adapters.erp.client.CUSTOMERCREATEDATA;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.PartyType;

/**
 * The canonical customer in the ERP's customer master fields. Only the fields the CRM owns are written: the
 * credit limit, credit block and payment terms are the ERP's own and are never sent. The ERP keeps a name in two
 * lines of 35 characters, split at the last space that fits (its contract's rule); a longer name is cut there (the
 * cut is reported by {@link #truncated(Customer)}).
 */
public final class ErpCustomerMapper {

    static final int NAME_LINE = 35;
    private static final Pattern TAX_NUMBER = Pattern.compile("[0-9A-Z]{1,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() \\-/]{1,30}");

    private ErpCustomerMapper() {
    }

    /** Why the ERP cannot hold this customer yet (it needs a city and a country), or empty. */
    public static Optional<String> unsyncableReason(Customer customer) {
        return address(customer).isPresent() ? Optional.empty()
                : Optional.of("no address with city and country: the ERP needs one");
    }

    /** Whether the name is longer than the ERP's two name lines. */
    public static boolean truncated(Customer customer) {
        return customer.name().length() > 2 * NAME_LINE;
    }

    public static CUSTOMERCREATEDATA toCreate(Customer c) {
        CUSTOMERCREATEDATA data = new CUSTOMERCREATEDATA();
        Address address = address(c).orElseThrow(() -> new IllegalArgumentException(unsyncableReason(c).orElseThrow()));
        data.setNAME1(line(c.name(), 0));
        data.setNAME2(line(c.name(), 1));
        data.setSTRAS(cut(address.line1(), NAME_LINE));
        data.setPSTLZ(address.postalCode());
        data.setORT01(cut(address.city(), NAME_LINE));
        data.setLAND1(address.countryCode());
        data.setTELF1(phone(c));
        data.setSMTPADDR(email(c));
        data.setSTCD1(taxNumber(c));
        data.setSTKZN(c.partyType() == PartyType.INDIVIDUAL ? "X" : null);
        return data;
    }

    public static CUSTOMERCHANGEDATA toChange(Customer c) {
        CUSTOMERCREATEDATA create = toCreate(c);
        CUSTOMERCHANGEDATA data = new CUSTOMERCHANGEDATA();
        data.setNAME1(create.getNAME1());
        // An empty value clears the field in the ERP: the CRM is the master of these fields.
        data.setNAME2(orEmpty(create.getNAME2()));
        data.setSTRAS(orEmpty(create.getSTRAS()));
        data.setPSTLZ(orEmpty(create.getPSTLZ()));
        data.setORT01(create.getORT01());
        data.setLAND1(create.getLAND1());
        data.setTELF1(orEmpty(create.getTELF1()));
        data.setSMTPADDR(orEmpty(create.getSMTPADDR()));
        data.setSTCD1(orEmpty(create.getSTCD1()));
        data.setSTKZN(orEmpty(create.getSTKZN()));
        return data;
    }

    /** Whether the ERP's customer already holds these CRM-owned fields. */
    public static boolean holds(CUSTOMER current, CUSTOMERCHANGEDATA data) {
        return differences(current, data).isEmpty();
    }

    /**
     * The ERP field names whose values differ from the CRM's. Empty and absent are the same; phone numbers are
     * compared by their digits, since the ERP keeps them as typed.
     */
    public static java.util.List<String> differences(CUSTOMER current, CUSTOMERCHANGEDATA data) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        compare(fields, "NAME1", current.getNAME1(), data.getNAME1());
        compare(fields, "NAME2", current.getNAME2(), data.getNAME2());
        compare(fields, "STRAS", current.getSTRAS(), data.getSTRAS());
        compare(fields, "PSTLZ", current.getPSTLZ(), data.getPSTLZ());
        compare(fields, "ORT01", current.getORT01(), data.getORT01());
        compare(fields, "LAND1", current.getLAND1(), data.getLAND1());
        compare(fields, "TELF1", digits(current.getTELF1()), digits(data.getTELF1()));
        compare(fields, "SMTP_ADDR", current.getSMTPADDR(), data.getSMTPADDR());
        compare(fields, "STCD1", current.getSTCD1(), data.getSTCD1());
        compare(fields, "STKZN", current.getSTKZN(), data.getSTKZN());
        return fields;
    }

    private static void compare(java.util.List<String> fields, String field, String erp, String crm) {
        if (!(erp == null ? "" : erp).equals(crm == null ? "" : crm)) {
            fields.add(field);
        }
    }

    private static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    /** The billing address if there is one, else the first address, when it has a city and a country. */
    static Optional<Address> address(Customer c) {
        return c.addresses().stream().filter(a -> a.type() == AddressType.BILLING).findFirst()
                .or(() -> c.addresses().stream().findFirst())
                .filter(a -> a.city() != null && a.countryCode() != null);
    }

    private static String line(String name, int index) {
        String text = name.strip();
        if (text.length() <= NAME_LINE) {
            return index == 0 ? text : null;
        }
        int split = text.lastIndexOf(' ', NAME_LINE);
        if (split <= 0) {
            split = NAME_LINE;
        }
        if (index == 0) {
            return text.substring(0, split).strip();
        }
        String rest = text.substring(split).strip();
        return rest.length() <= NAME_LINE ? rest : rest.substring(0, NAME_LINE);
    }

    private static String cut(String value, int max) {
        return value == null ? null : value.length() <= max ? value : value.substring(0, max);
    }

    private static Optional<Contact> primary(Customer c) {
        return c.contacts().stream().filter(x -> Boolean.TRUE.equals(x.primary())).findFirst()
                .or(() -> c.contacts().stream().findFirst());
    }

    private static String phone(Customer c) {
        return primary(c).map(Contact::phone).filter(p -> p != null && PHONE.matcher(p).matches()).orElse(null);
    }

    private static String email(Customer c) {
        return primary(c).map(Contact::email).filter(e -> e != null && e.length() <= 241).orElse(null);
    }

    private static String taxNumber(Customer c) {
        return c.enterprise() == null ? null : Optional.ofNullable(c.enterprise().registrationNumber())
                .filter(t -> TAX_NUMBER.matcher(t).matches()).orElse(null);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
