/** Value types shared by the nouns: money, addresses, contacts, cross-references, reasons, id patterns. */
package org.eaihub.canonical.common;
