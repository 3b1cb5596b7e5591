package org.eaihub.canonical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eaihub.canonical.MessageType.Verb;
import org.eaihub.canonical.billing.SyncInvoice;
import org.eaihub.canonical.billing.SyncPayment;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.canonical.customer.ShowCustomer360;
import org.eaihub.canonical.customer.ShowCustomerPartyMaster;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.canonical.inventory.AcknowledgeReservation;
import org.eaihub.canonical.inventory.GetInventoryBalance;
import org.eaihub.canonical.inventory.ProcessReservation;
import org.eaihub.canonical.inventory.ShowInventoryBalance;
import org.eaihub.canonical.inventory.SyncInventoryBalance;
import org.eaihub.canonical.order.AcknowledgeSalesOrder;
import org.eaihub.canonical.order.GetSalesOrder;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.ShowSalesOrder;
import org.eaihub.canonical.order.SyncSalesOrder;
import org.eaihub.canonical.shipment.ProcessShipment;
import org.eaihub.canonical.shipment.ShowShipment;

/** The registry of message types, and where their published schemas are on the classpath. */
public final class MessageTypes {

    /** The schema version this library writes. */
    public static final SchemaVersion CURRENT_VERSION = new SchemaVersion(1, 0);

    /** The XML namespace of major version 1. */
    public static final String NAMESPACE = "urn:eaihub:canonical:" + CURRENT_VERSION.major();

    /** Classpath folder of the published schemas (the hub serves it under {@code /schemas/}). */
    public static final String SCHEMA_RESOURCE_ROOT = "org/eaihub/canonical/schema/";

    /** Classpath location of the XML Schema of all message types. */
    public static final String XSD_RESOURCE = SCHEMA_RESOURCE_ROOT + "canonical.xsd";

    /** Classpath location of the index of message types and their schemas. */
    public static final String INDEX_RESOURCE = SCHEMA_RESOURCE_ROOT + "index.json";

    private static final List<MessageType> ALL = List.of(
            type(Verb.SYNC, SyncCustomerPartyMaster.class, "CRM → hub → ERP, SCM",
                    "The customer master was created or changed"),
            type(Verb.GET, GetCustomerPartyMaster.class, "ERP, SCM → hub → CRM",
                    "Query one customer master record by its id in any system"),
            type(Verb.SHOW, ShowCustomerPartyMaster.class, "CRM → hub → requester",
                    "Answer to GetCustomerPartyMaster"),
            type(Verb.PROCESS, ProcessSalesOrder.class, "CRM → hub → ERP",
                    "Process a new sales order (credit check, confirmation, fulfilment)"),
            type(Verb.ACKNOWLEDGE, AcknowledgeSalesOrder.class, "ERP → hub → CRM",
                    "Reply to ProcessSalesOrder: accepted, modified or rejected, with reasons"),
            type(Verb.SYNC, SyncSalesOrder.class, "ERP → hub → CRM",
                    "A sales order's status or content changed"),
            type(Verb.GET, GetSalesOrder.class, "CRM → hub → ERP",
                    "Query sales orders by order id or customer"),
            type(Verb.SHOW, ShowSalesOrder.class, "ERP → hub → requester",
                    "Answer to GetSalesOrder"),
            type(Verb.SYNC, SyncInventoryBalance.class, "SCM → hub → CRM, ERP",
                    "Stock levels changed"),
            type(Verb.GET, GetInventoryBalance.class, "CRM, ERP → hub → SCM",
                    "Query stock levels of some SKUs"),
            type(Verb.SHOW, ShowInventoryBalance.class, "SCM → hub → requester",
                    "Answer to GetInventoryBalance"),
            type(Verb.PROCESS, ProcessReservation.class, "hub → SCM",
                    "Reserve (or release) stock for a sales order"),
            type(Verb.ACKNOWLEDGE, AcknowledgeReservation.class, "SCM → hub",
                    "Reply to ProcessReservation: reserved in full, in part, or rejected"),
            type(Verb.PROCESS, ProcessShipment.class, "hub → SCM",
                    "Ship (or cancel the shipment of) a sales order"),
            type(Verb.SHOW, ShowShipment.class, "SCM → hub → CRM, ERP",
                    "Shipment notice: status, carrier and tracking number"),
            type(Verb.SYNC, SyncInvoice.class, "ERP → hub → CRM",
                    "An invoice was issued or its status changed"),
            type(Verb.SYNC, SyncPayment.class, "ERP → hub → CRM",
                    "A customer payment was received"),
            type(Verb.GET, GetCustomer360.class, "CRM, portal → hub",
                    "Query the customer-360 view of one customer"),
            type(Verb.SHOW, ShowCustomer360.class, "hub → requester",
                    "Answer to GetCustomer360, aggregated from CRM, ERP and SCM"));

    private static final Map<String, MessageType> BY_NAME;
    private static final Map<Class<?>, MessageType> BY_CLASS;

    static {
        Map<String, MessageType> byName = new LinkedHashMap<>();
        Map<Class<?>, MessageType> byClass = new LinkedHashMap<>();
        for (MessageType type : ALL) {
            if (byName.put(type.name(), type) != null || byClass.put(type.javaType(), type) != null) {
                throw new IllegalStateException("duplicate message type " + type.name());
            }
        }
        BY_NAME = Map.copyOf(byName);
        BY_CLASS = Map.copyOf(byClass);
    }

    private MessageTypes() {
    }

    private static MessageType type(Verb verb, Class<? extends CanonicalMessage> javaType, String flow,
            String description) {
        return new MessageType(javaType.getSimpleName(), verb, javaType, CURRENT_VERSION, flow, description);
    }

    /** All registered message types, in a stable order. */
    public static List<MessageType> all() {
        return ALL;
    }

    /** The message type of that name, if registered. */
    public static Optional<MessageType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The message type bound by {@code javaType}.
     *
     * @throws IllegalArgumentException if the class is not a registered message type
     */
    public static MessageType of(Class<?> javaType) {
        Objects.requireNonNull(javaType, "javaType");
        MessageType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not a registered canonical message type");
        }
        return type;
    }
}
