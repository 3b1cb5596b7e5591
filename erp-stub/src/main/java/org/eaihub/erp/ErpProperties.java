package org.eaihub.erp;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ERP stub's own settings ({@code eaihub.erp.*}); every one has a default, so {@code erp.yml} needs none.
 *
 * @param timeZone       the company's time zone: document dates (ERDAT, FKDAT, BUDAT) are local to it
 * @param logicalSystem  the sender named in every notification (SNDPRN)
 * @param notifications  where notifications go
 * @param soap           the SOAP endpoint
 */
@ConfigurationProperties("eaihub.erp")
public record ErpProperties(@DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("ERPCLNT100") String logicalSystem,
        @DefaultValue Notifications notifications,
        @DefaultValue Soap soap) {

    /** @param queue the Artemis queue of the ERP's outbound notifications */
    public record Notifications(@DefaultValue("erp.notifications") String queue) {
    }

    /**
     * @param path              under the CXF servlet ({@code /services})
     * @param schemaValidation  CXF schema validation of the SOAP messages: IN (requests), OUT, BOTH or NONE
     */
    public record Soap(@DefaultValue("/erp") String path, @DefaultValue("IN") String schemaValidation) {
    }
}
