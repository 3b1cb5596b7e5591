/**
 * The SCM's Kafka contract in the hub's hands: the commands the hub sends (reservation, release, shipment) and
 * the events it reads back (reservation and shipment outcomes), in the SCM's own JSON.
 */
package org.eaihub.adapters.scm;
