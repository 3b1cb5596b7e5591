/**
 * The ERP's outbound notifications on {@code erp.notifications}: native XML
 * ({@code wsdl/erp/ErpNotification.xsd}) through the transactional outbox.
 */
package org.eaihub.erp.notification;
