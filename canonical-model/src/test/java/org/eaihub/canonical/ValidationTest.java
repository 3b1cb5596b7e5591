package org.eaihub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.eaihub.canonical.Documents.CODEC;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eaihub.canonical.common.AcknowledgeCode;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerStatus;
import org.eaihub.canonical.customer.LifecycleStage;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.inventory.ProcessReservation;
import org.eaihub.canonical.inventory.Reservation;
import org.eaihub.canonical.inventory.ReservationLine;
import org.eaihub.canonical.inventory.ReservationStatus;
import org.eaihub.canonical.order.AcknowledgeSalesOrder;
import org.eaihub.canonical.order.GetSalesOrder;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;
import org.junit.jupiter.api.Test;

/** Validation names each field by its path and each rule, all at once, and never repeats a value. */
class ValidationTest {

    private static SyncCustomerPartyMaster sync(Customer customer) {
        return new SyncCustomerPartyMaster(Fixtures.syncCustomer().envelope(), customer);
    }

    @Test
    void everyViolationIsNamedByPathAndRule() {
        Customer customer = Fixtures.haier().toBuilder()
                .name("N".repeat(201))
                .addresses(List.of(new Address(AddressType.SHIPPING, "海尔路1号", null, "青岛", null, null, "China")))
                .creditLimit(new Money(new BigDecimal("1.1234567"), "CNY"))
                .version(-1L)
                .lastModified(null)
                .build();

        assertThatThrownBy(() -> CODEC.validate(sync(customer)))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.subject()).isEqualTo("SyncCustomerPartyMaster");
                    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                            tuple("customer.addresses[0].countryCode", "pattern [A-Z]{2}"),
                            tuple("customer.creditLimit.amount", "maxFractionDigits 6"),
                            tuple("customer.lastModified", "required"),
                            tuple("customer.name", "maxLength 200"),
                            tuple("customer.version", "minimum 0"));
                    assertThat(e.getMessage()).startsWith("Invalid SyncCustomerPartyMaster: 5 violations: ")
                            .contains("customer.addresses[0].countryCode: must match the pattern [A-Z]{2} "
                                    + "[pattern [A-Z]{2}]")
                            .contains("customer.name: must have at most 200 characters [maxLength 200]");
                });
    }

    @Test
    void violationsNeverRepeatPersonalData() {
        Customer customer = Fixtures.haier().toBuilder()
                .name("Zhang Wei 张伟 ".repeat(30))
                .contacts(List.of(new Contact("Li Na 李娜", null, "li.na at example.com", "call me maybe", null)))
                .build();

        assertThatThrownBy(() -> CODEC.validate(sync(customer)))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly(
                            "customer.contacts[0].email", "customer.contacts[0].phone", "customer.name");
                    assertThat(e.getMessage()).doesNotContain("Zhang", "张伟", "li.na", "call me");
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.toString())
                            .doesNotContain("Zhang", "张伟", "li.na", "call me"));
                });
        String badJson = Documents.replaceOnce(Documents.json(Fixtures.syncCustomer()),
                "\"occurredAt\":\"2024-05-01T08:30:00Z\"", "\"occurredAt\":\"Zhang Wei, zhang.wei@example.com\"");
        assertThatThrownBy(() -> CODEC.read(Documents.bytes(badJson), Format.JSON))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                            .containsExactly(tuple("envelope.occurredAt", "format date-time"));
                    assertThat(e.getMessage()).doesNotContain("Zhang", "zhang.wei");
                });
    }

    @Test
    void crossFieldRulesAreChecked() {
        Customer blacklisted = Fixtures.haier().toBuilder().status(CustomerStatus.BLACKLISTED)
                .reasonForLeaving("moved away").lifecycleStage(LifecycleStage.CURRENT).build();
        assertThatThrownBy(() -> CODEC.validate(sync(blacklisted)))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactly(
                                tuple("customer.reasonForLeaving", "onlyWhen lifecycleStage=FORMER"),
                                tuple("customer.statusReason", "requiredWhen status=BLACKLISTED")));

        ProcessSalesOrder order = Fixtures.processOrder();
        SalesOrderLine euroLine = new SalesOrderLine("2", "SKU-1", null, BigDecimal.ONE, "EA",
                Money.of("1.00", "EUR"), Money.of("1.00", "CNY"));
        ProcessSalesOrder mixed = new ProcessSalesOrder(order.envelope(), order.salesOrder().toBuilder()
                .lines(List.of(order.salesOrder().lines().get(0), euroLine)).build());
        assertThatThrownBy(() -> CODEC.validate(mixed))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactly(
                                tuple("salesOrder.lines[1].priceAmount.currency", "equals currency")));

        AcknowledgeSalesOrder rejected = new AcknowledgeSalesOrder(
                Envelope.causedBy(order.envelope(), AcknowledgeSalesOrder.class, SystemCode.ERP, "SO-2024-0001"),
                AcknowledgeCode.REJECTED, order.salesOrder(), List.of());
        assertThatThrownBy(() -> CODEC.validate(rejected))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("reasons", "requiredWhen acknowledgeCode=REJECTED")));

        GetSalesOrder noCriteria = new GetSalesOrder(
                Envelope.newConversation(GetSalesOrder.class, SystemCode.CRM, "C-10001"), null, null);
        assertThatThrownBy(() -> CODEC.validate(noCriteria))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("salesOrderId", "requiredWhen customerId absent")));
    }

    @Test
    void crossFieldRuleInsideAListNamesTheElement() {
        ReservationLine overReserved = new ReservationLine("1", "SKU-1", null, new BigDecimal("2"),
                new BigDecimal("3"), "EA", null);
        ProcessReservation message = new ProcessReservation(
                Envelope.newConversation(ProcessReservation.class, SystemCode.HUB, "SO-1"),
                new Reservation(null, "SO-1", ReservationStatus.REQUESTED, List.of(overReserved), null));
        assertThatThrownBy(() -> CODEC.validate(message))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("reservation.lines[0].reservedQuantity", "maximum requestedQuantity")));
    }

    @Test
    void nullListElementAndEmptyRequiredListAreNamed() {
        ProcessSalesOrder order = Fixtures.processOrder();
        List<SalesOrderLine> withNull = new ArrayList<>();
        withNull.add(null);
        ProcessSalesOrder nullLine = new ProcessSalesOrder(order.envelope(),
                order.salesOrder().toBuilder().lines(withNull).build());
        ProcessSalesOrder noLines = new ProcessSalesOrder(order.envelope(),
                order.salesOrder().toBuilder().lines(null).build());
        assertThatThrownBy(() -> CODEC.validate(nullLine))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("salesOrder.lines[0]", "required")));
        assertThatThrownBy(() -> CODEC.validate(noLines))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("salesOrder.lines", "minItems 1")));
    }

    @Test
    void idsRefuseNamesAndEmailAddresses() {
        for (String notAnId : new String[] {"Zhang Wei", "zhang.wei@example.com", "张伟", "", "x".repeat(65)}) {
            SyncCustomerPartyMaster message = sync(Fixtures.haier().toBuilder().customerId(notAnId).build());
            assertThatThrownBy(() -> CODEC.validate(message))
                    .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("customer.customerId"));
        }
    }

    @Test
    void invalidMessagesAreNeitherWrittenNorRead() {
        SyncCustomerPartyMaster invalid = sync(Fixtures.haier().toBuilder().name(null).build());
        assertThatThrownBy(() -> CODEC.write(invalid, Format.JSON)).isInstanceOf(CanonicalValidationException.class);
        assertThatThrownBy(() -> CODEC.write(invalid, Format.XML)).isInstanceOf(CanonicalValidationException.class);
    }

    @Test
    void envelopeMustNameItsOwnMessageType() {
        SyncCustomerPartyMaster mislabelled = new SyncCustomerPartyMaster(Fixtures.processOrder().envelope(),
                Fixtures.haier());
        assertThatThrownBy(() -> CODEC.validate(mislabelled))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("envelope.messageType", "equals SyncCustomerPartyMaster")));
        String json = Documents.json(Fixtures.syncCustomer());
        assertThatThrownBy(() -> CODEC.read(Documents.bytes(json), Format.JSON, ProcessSalesOrder.class))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("envelope.messageType", "equals ProcessSalesOrder")));
    }

    @Test
    void controlCharactersAreRefusedByTheXmlWriterOnly() {
        SyncCustomerPartyMaster bell = sync(Fixtures.haier().toBuilder().name("Haier\u0007").build());
        assertThat(CODEC.write(bell, Format.JSON)).isNotEmpty();
        assertThatThrownBy(() -> CODEC.write(bell, Format.XML))
                .isInstanceOfSatisfying(CanonicalValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("customer.name", "xmlCharacters")));
    }
}
