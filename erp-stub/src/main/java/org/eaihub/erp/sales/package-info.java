/** Sales: the price list (materials), pricing, sales orders and their cancellation. */
package org.eaihub.erp.sales;
