/**
 * The hub's clients of the backends (ERP over SOAP, CRM over REST), and how their failures are told apart: a
 * backend that cannot be reached pauses the flows that need it; a backend that answers "no" is a business fault.
 */
package org.eaihub.hub.backend;
