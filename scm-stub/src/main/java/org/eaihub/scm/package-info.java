/**
 * The SCM stub: a supply-chain and warehouse stand-in that speaks Kafka and its own JSON. Features live in
 * their packages ({@code stock}, {@code reservation}, {@code shipment}, {@code supplier}); {@code contract} is
 * its published vocabulary, {@code messaging} and {@code outbox} its way in and out, {@code faults} and
 * {@code settings} what operators steer at run time.
 */
package org.eaihub.scm;
