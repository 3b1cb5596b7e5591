package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.CREDIT_GRADE;
import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.internal.Lists;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * A customer, individual or enterprise: the CRM's customer card as the other systems see it. The CRM is its master.
 *
 * @param customerId       the hub-wide customer id (assigned by the CRM)
 * @param partyType        individual or enterprise
 * @param name             display name: the person's full name or the enterprise's legal name (personal data)
 * @param individual       details of an individual; only for {@link PartyType#INDIVIDUAL}
 * @param enterprise       details of an enterprise; only for {@link PartyType#ENTERPRISE}
 * @param contacts         ways to reach the customer
 * @param addresses        billing, shipping and other addresses
 * @param lifecycleStage   potential, current or former customer
 * @param reasonForLeaving why a former customer stopped buying; only for {@link LifecycleStage#FORMER}
 * @param status           active, inactive or blacklisted
 * @param statusReason     why the customer is inactive or blacklisted; required when blacklisted
 * @param grade            the customer pyramid grade
 * @param classification   a further classification code, e.g. an industry segment or an A/B/C class
 * @param keyAccount       whether the customer is a key account (大客户)
 * @param creditGrade      the credit grade, e.g. {@code AAA}
 * @param creditLimit      the credit limit
 * @param crossReferences  the customer's ids in the CRM, ERP and SCM
 * @param version          the master record's version, incremented by the CRM on each change
 * @param lastModified     when the master record last changed
 */
@CrossFieldChecked
public record Customer(
        @NotNull @Pattern(regexp = ID) String customerId,
        @NotNull PartyType partyType,
        @NotNull @Size(min = 1, max = 200) String name,
        @Valid IndividualDetails individual,
        @Valid EnterpriseDetails enterprise,
        @JacksonXmlProperty(localName = "contact")
        @Size(max = 50) List<@NotNull @Valid Contact> contacts,
        @JacksonXmlProperty(localName = "address")
        @Size(max = 20) List<@NotNull @Valid Address> addresses,
        @NotNull LifecycleStage lifecycleStage,
        @Size(min = 1, max = 500) String reasonForLeaving,
        @NotNull CustomerStatus status,
        @Size(min = 1, max = 500) String statusReason,
        CustomerGrade grade,
        @Size(min = 1, max = 50) String classification,
        @NotNull Boolean keyAccount,
        @Pattern(regexp = CREDIT_GRADE) String creditGrade,
        @Valid Money creditLimit,
        @JacksonXmlProperty(localName = "crossReference")
        @Size(max = 10) List<@NotNull @Valid CrossReference> crossReferences,
        @NotNull @PositiveOrZero Long version,
        @NotNull Instant lastModified) implements CrossFieldRules {

    public Customer {
        contacts = Lists.copyOf(contacts);
        addresses = Lists.copyOf(addresses);
        crossReferences = Lists.copyOf(crossReferences);
    }

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (individual != null && partyType != PartyType.INDIVIDUAL) {
            violations.add("individual", "onlyWhen partyType=INDIVIDUAL");
        }
        if (enterprise != null && partyType != PartyType.ENTERPRISE) {
            violations.add("enterprise", "onlyWhen partyType=ENTERPRISE");
        }
        if (reasonForLeaving != null && lifecycleStage != LifecycleStage.FORMER) {
            violations.add("reasonForLeaving", "onlyWhen lifecycleStage=FORMER");
        }
        if (statusReason == null && status == CustomerStatus.BLACKLISTED) {
            violations.add("statusReason", "requiredWhen status=BLACKLISTED");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Customer}; lists default to empty, {@code keyAccount} to false, {@code version} to 0. */
    public static final class Builder {
        private String customerId;
        private PartyType partyType;
        private String name;
        private IndividualDetails individual;
        private EnterpriseDetails enterprise;
        private List<Contact> contacts = List.of();
        private List<Address> addresses = List.of();
        private LifecycleStage lifecycleStage;
        private String reasonForLeaving;
        private CustomerStatus status;
        private String statusReason;
        private CustomerGrade grade;
        private String classification;
        private Boolean keyAccount = Boolean.FALSE;
        private String creditGrade;
        private Money creditLimit;
        private List<CrossReference> crossReferences = List.of();
        private Long version = 0L;
        private Instant lastModified;

        private Builder() {
        }

        private Builder(Customer c) {
            customerId = c.customerId;
            partyType = c.partyType;
            name = c.name;
            individual = c.individual;
            enterprise = c.enterprise;
            contacts = c.contacts;
            addresses = c.addresses;
            lifecycleStage = c.lifecycleStage;
            reasonForLeaving = c.reasonForLeaving;
            status = c.status;
            statusReason = c.statusReason;
            grade = c.grade;
            classification = c.classification;
            keyAccount = c.keyAccount;
            creditGrade = c.creditGrade;
            creditLimit = c.creditLimit;
            crossReferences = c.crossReferences;
            version = c.version;
            lastModified = c.lastModified;
        }

        public Builder customerId(String value) {
            customerId = value;
            return this;
        }

        public Builder partyType(PartyType value) {
            partyType = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder individual(IndividualDetails value) {
            individual = value;
            return this;
        }

        public Builder enterprise(EnterpriseDetails value) {
            enterprise = value;
            return this;
        }

        public Builder contacts(List<Contact> value) {
            contacts = value;
            return this;
        }

        public Builder addresses(List<Address> value) {
            addresses = value;
            return this;
        }

        public Builder lifecycleStage(LifecycleStage value) {
            lifecycleStage = value;
            return this;
        }

        public Builder reasonForLeaving(String value) {
            reasonForLeaving = value;
            return this;
        }

        public Builder status(CustomerStatus value) {
            status = value;
            return this;
        }

        public Builder statusReason(String value) {
            statusReason = value;
            return this;
        }

        public Builder grade(CustomerGrade value) {
            grade = value;
            return this;
        }

        public Builder classification(String value) {
            classification = value;
            return this;
        }

        public Builder keyAccount(Boolean value) {
            keyAccount = value;
            return this;
        }

        public Builder creditGrade(String value) {
            creditGrade = value;
            return this;
        }

        public Builder creditLimit(Money value) {
            creditLimit = value;
            return this;
        }

        public Builder crossReferences(List<CrossReference> value) {
            crossReferences = value;
            return this;
        }

        public Builder version(Long value) {
            version = value;
            return this;
        }

        public Builder lastModified(Instant value) {
            lastModified = value;
            return this;
        }

        public Customer build() {
            return new Customer(customerId, partyType, name, individual, enterprise, contacts, addresses,
                    lifecycleStage, reasonForLeaving, status, statusReason, grade, classification, keyAccount,
                    creditGrade, creditLimit, crossReferences, version, lastModified);
        }
    }
}
