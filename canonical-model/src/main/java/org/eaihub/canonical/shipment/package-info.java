/** Shipments: {@code ProcessShipment} (command to the SCM) and {@code ShowShipment} (ship notice and status). */
package org.eaihub.canonical.shipment;
