/** The scheduler of the SCM's own background work; it stands still during an outage. */
package org.eaihub.scm.jobs;
