/**
 * Replenishment after Dell's pull list: the SCM's replenishment demands are collected in the hub's database and,
 * once per interval, consolidated per supplier into one pull list for the supplier hub.
 */
package org.eaihub.hub.replenishment;
