/** What every feature of the ERP shares: the message catalogue, business exceptions, money, the caller. */
package org.eaihub.erp.common;
