package org.eaihub.erp.soap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the schema of the ERP's notifications next to its WSDL, under {@code /schemas/} (public, like
 * every published contract): {@code /schemas/erp/ErpNotification.xsd}.
 */
@RestController
public class ContractController {

    @GetMapping(path = "/schemas/erp/ErpNotification.xsd", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Resource> notificationSchema() {
        return ResponseEntity.ok(new ClassPathResource(org.eaihub.erp.notification.NotificationXml.SCHEMA));
    }
}
