/**
 * The SCM's own message vocabulary: topics, command records, event bodies and the JSON Schemas in
 * {@code org/eaihub/scm/contract/} that are the contract (the hub's adapter reads the schemas, not this code).
 * No Spring and no persistence here.
 */
package org.eaihub.scm.contract;
