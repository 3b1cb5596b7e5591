package org.eaihub.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerGrade;
import org.eaihub.canonical.customer.CustomerStatus;
import org.eaihub.canonical.customer.EnterpriseDetails;
import org.eaihub.canonical.customer.LifecycleStage;
import org.eaihub.canonical.customer.PartyType;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;
import org.eaihub.canonical.order.SalesOrderStatus;

/** Small, readable example messages for tests. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2024-05-01T08:30:00Z");

    private Fixtures() {
    }

    public static Envelope envelope(Class<? extends CanonicalMessage> type, SystemCode source, String businessKey) {
        return Envelope.newConversation(type, source, businessKey).withOccurredAt(T0);
    }

    public static Customer haier() {
        return Customer.builder()
                .customerId("C-10001")
                .partyType(PartyType.ENTERPRISE)
                .name("海尔集团 Haier Group")
                .enterprise(new EnterpriseDetails("91370200163562681G", "家电 Appliances", LocalDate.of(1984, 12, 26),
                        80000, "华东 East China"))
                .contacts(List.of(new Contact("张伟", "采购经理", "zhang.wei@example.com", "+86 532 8893 9999", true)))
                .addresses(List.of(new Address(AddressType.REGISTERED, "海尔路1号", null, "青岛", "山东", "266101",
                        "CN")))
                .lifecycleStage(LifecycleStage.CURRENT)
                .status(CustomerStatus.ACTIVE)
                .grade(CustomerGrade.VIP)
                .keyAccount(true)
                .creditGrade("AAA")
                .creditLimit(Money.of("5000000.00", "CNY"))
                .crossReferences(List.of(new CrossReference(SystemCode.CRM, "C-10001"),
                        new CrossReference(SystemCode.ERP, "100234")))
                .version(3L)
                .lastModified(T0)
                .build();
    }

    public static SyncCustomerPartyMaster syncCustomer() {
        Customer customer = haier();
        return new SyncCustomerPartyMaster(envelope(SyncCustomerPartyMaster.class, SystemCode.CRM,
                customer.customerId()).withSourceRecord("4711", T0), customer);
    }

    public static SalesOrder order() {
        return SalesOrder.builder()
                .salesOrderId("SO-2024-0001")
                .customerId("C-10001")
                .status(SalesOrderStatus.RECEIVED)
                .orderedAt(T0)
                .requestedDeliveryDate(LocalDate.of(2024, 5, 3))
                .currency("CNY")
                .lines(List.of(new SalesOrderLine("1", "SKU-445", "童车 Stroller", new BigDecimal("2"), "EA",
                        Money.of("178.00", "CNY"), Money.of("356.00", "CNY"))))
                .payableAmount(Money.of("356.00", "CNY"))
                .lastModified(T0)
                .build();
    }

    public static ProcessSalesOrder processOrder() {
        SalesOrder order = order();
        return new ProcessSalesOrder(envelope(ProcessSalesOrder.class, SystemCode.CRM, order.salesOrderId()), order);
    }
}
