/**
 * The canonical message model of the integration hub, plain Java (neither Camel nor Spring).
 *
 * <p>Start with {@link org.eaihub.canonical.CanonicalCodec} (write, read and validate messages in JSON or XML),
 * {@link org.eaihub.canonical.MessageTypes} (the registered message types and their published schemas),
 * {@link org.eaihub.canonical.Envelope} (carried by every {@link org.eaihub.canonical.CanonicalMessage}) and
 * {@link org.eaihub.canonical.WireContract} (property and header names beside the document). The nouns live in
 * one package per business area: {@code customer}, {@code order}, {@code inventory}, {@code shipment},
 * {@code billing}, with shared value types in {@code common}. See {@code docs/canonical-model.md}.
 */
package org.eaihub.canonical;
