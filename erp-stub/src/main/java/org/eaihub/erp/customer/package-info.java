/** Customer master data (KNA1/KNKK): numbering, creation, changes with a version, reading. */
package org.eaihub.erp.customer;
