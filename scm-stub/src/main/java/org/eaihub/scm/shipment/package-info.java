/**
 * Shipments: a shipment request consumes the order's held reservation and plans one shipment per warehouse,
 * each with its carrier and tracking number; a job dispatches and delivers them after the configured delays.
 */
package org.eaihub.scm.shipment;
