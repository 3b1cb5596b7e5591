/**
 * The ERP's SOAP service (contract first: {@code wsdl/erp/ErpService.wsdl}); the Java types in
 * {@code org.eaihub.erp.soap.api} are generated from it at build time.
 */
package org.eaihub.erp.soap;
