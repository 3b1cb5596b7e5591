/** Credit management: the static credit limit check and the customers' standing credit status. */
package org.eaihub.erp.credit;
