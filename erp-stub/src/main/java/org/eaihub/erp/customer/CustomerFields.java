package org.eaihub.erp.customer;

import java.math.BigDecimal;

/**
 * Customer master fields as a request gives them: for a creation the data of the new customer, for a change
 * only the fields to change (null: leave as is; an empty text clears an optional field).
 */
public record CustomerFields(String name1, String name2, String street, String postalCode, String city,
        String country, String phone, String email, String taxNumber, Boolean naturalPerson, String paymentTerms,
        BigDecimal creditLimit, String currency, Boolean creditBlock) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fills the fields one by one, as mappers and the seed do. */
    public static final class Builder {
        private String name1;
        private String name2;
        private String street;
        private String postalCode;
        private String city;
        private String country;
        private String phone;
        private String email;
        private String taxNumber;
        private Boolean naturalPerson;
        private String paymentTerms;
        private BigDecimal creditLimit;
        private String currency;
        private Boolean creditBlock;

        public Builder name1(String value) { name1 = value; return this; }
        public Builder name2(String value) { name2 = value; return this; }
        public Builder street(String value) { street = value; return this; }
        public Builder postalCode(String value) { postalCode = value; return this; }
        public Builder city(String value) { city = value; return this; }
        public Builder country(String value) { country = value; return this; }
        public Builder phone(String value) { phone = value; return this; }
        public Builder email(String value) { email = value; return this; }
        public Builder taxNumber(String value) { taxNumber = value; return this; }
        public Builder naturalPerson(Boolean value) { naturalPerson = value; return this; }
        public Builder paymentTerms(String value) { paymentTerms = value; return this; }
        public Builder creditLimit(BigDecimal value) { creditLimit = value; return this; }
        public Builder currency(String value) { currency = value; return this; }
        public Builder creditBlock(Boolean value) { creditBlock = value; return this; }

        public CustomerFields build() {
            return new CustomerFields(name1, name2, street, postalCode, city, country, phone, email, taxNumber,
                    naturalPerson, paymentTerms, creditLimit, currency, creditBlock);
        }
    }
}
