package org.eaihub.erp.notification;

import java.util.Map;

import org.eaihub.config.outbox.Outbox;
import org.eaihub.config.outbox.OutboxMessage;
import org.eaihub.erp.ErpProperties;
import org.eaihub.erp.common.Caller;
import org.eaihub.erp.common.ErpCalendar;
import org.eaihub.erp.numbering.NumberRangeObject;
import org.eaihub.erp.numbering.NumberRanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the ERP's notifications through the transactional outbox: a notification is written in the
 * transaction of the change it reports, so it goes out if and only if that change commits. The customer
 * number is the message group (JMSXGroupID), so that one customer's notifications are consumed in order.
 */
@Service
public class ErpNotifications {

    public static final String TYPE_PROPERTY = "erpNotificationType";
    public static final String CUSTOMER_PROPERTY = "erpCustomerNumber";
    public static final String DOCNUM_PROPERTY = "erpDocnum";
    public static final String CONTENT_TYPE_PROPERTY = "contentType";

    private static final Logger LOG = LoggerFactory.getLogger(ErpNotifications.class);

    private final Outbox outbox;
    private final NumberRanges numbers;
    private final ErpCalendar calendar;
    private final ErpProperties properties;

    public ErpNotifications(Outbox outbox, NumberRanges numbers, ErpCalendar calendar, ErpProperties properties) {
        this.outbox = outbox;
        this.numbers = numbers;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(ErpEvent event, Caller caller) {
        String docnum = numbers.next(NumberRangeObject.NOTIFICATION);
        NotificationXml.ControlRecord control = new NotificationXml.ControlRecord(docnum, event.type(),
                properties.logicalSystem(), calendar.now(), calendar.zone(), caller.userName(), caller.requestId());
        String payload = NotificationXml.write(control, event);
        outbox.enqueue(OutboxMessage.of(properties.notifications().queue(), payload, Map.of(
                TYPE_PROPERTY, event.type().name(),
                CUSTOMER_PROPERTY, event.customer(),
                DOCNUM_PROPERTY, docnum,
                CONTENT_TYPE_PROPERTY, "application/xml"), event.customer()));
        LOG.info("Notification {} {} for customer {} queued", docnum, event.type(), event.customer());
    }
}
