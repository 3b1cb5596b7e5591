/** Delays and retry settings that operators (and tests) change at run time: REST {@code /api/settings}, JMX. */
package org.eaihub.scm.settings;
