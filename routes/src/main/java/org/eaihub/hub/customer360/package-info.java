/**
 * Customer 360 (the textbook's customer inquiry, Fig 8-9): one request answered with the CRM's profile, the ERP's
 * receivables, aging and trade history and the SCM's open shipments, each system asked under its own timeout, a
 * partial answer naming what is missing and why.
 */
package org.eaihub.hub.customer360;
