/** Inventory → available to promise: the SCM's stock changes mirrored into the CRM's ATP view. */
package org.eaihub.hub.inventory;
