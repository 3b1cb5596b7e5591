/**
 * The transactional outbox: every event is written in the same transaction as the state change it reports,
 * then published to Kafka in id order by one publisher, and marked published once Kafka acknowledged it.
 */
package org.eaihub.scm.outbox;
