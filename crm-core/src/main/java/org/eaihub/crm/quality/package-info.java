/** Data quality: normalization on input, duplicate detection by configurable match rules, merge with survivorship. */
package org.eaihub.crm.quality;
