/** Idempotency of state-changing calls by the client's request id. */
package org.eaihub.erp.idempotency;
