/**
 * Kafka in and out: one plain consumer per command topic, idempotent command processing (request id ledger,
 * one transaction, outcome published and acknowledged before the offset is committed), dead-letter topics
 * for what cannot be processed, and the Kafka side of the outbox.
 */
package org.eaihub.scm.messaging;
