/**
 * Available to promise per SKU, as the SCM last reported it: the hub mirrors each inventory change (per warehouse,
 * and the total), so that CRM staff can promise what is in stock without asking the SCM.
 */
package org.eaihub.crm.atp;
