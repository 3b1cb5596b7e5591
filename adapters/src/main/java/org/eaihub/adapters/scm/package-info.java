/**
 * The SCM's own JSON messages in the hub's hands (its published contract, one JSON Schema per message under
 * {@code /schemas/scm/}): the commands the hub sends (reservation, release, shipment, pull lists) and the events it
 * reads back (reservation and shipment outcomes, stock changes).
 */
package org.eaihub.adapters.scm;
