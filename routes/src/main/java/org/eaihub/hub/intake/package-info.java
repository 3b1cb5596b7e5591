/**
 * The hub's entry points for backends: JMS queues that take canonical messages in JSON or XML, validate them and
 * pass them on as canonical JSON; what cannot be accepted goes to the queue's dead-letter queue with the reason.
 */
package org.eaihub.hub.intake;
