/**
 * The supplier hub inside the SCM: it takes consolidated pull lists and, after the supplier lead time, posts a
 * goods receipt that raises stock. The schedule is in the database, so a restart delays nothing it promised.
 */
package org.eaihub.scm.supplier;
