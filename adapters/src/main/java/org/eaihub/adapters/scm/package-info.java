/**
 * Readers and writers of the SCM's own JSON messages (its published contract, one JSON Schema per message under
 * {@code /schemas/scm/}): stock events in, pull lists out.
 */
package org.eaihub.adapters.scm;
