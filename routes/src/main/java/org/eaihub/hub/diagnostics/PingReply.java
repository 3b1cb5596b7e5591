package org.eaihub.hub.diagnostics;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The answer of {@link Diagnostics#ping(String)}. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PingReply", namespace = Diagnostics.NAMESPACE, propOrder = {"system", "echo", "correlationId"})
public class PingReply {

    private String system;
    private String echo;
    private String correlationId;

    public PingReply() {
    }

    public PingReply(String system, String echo, String correlationId) {
        this.system = system;
        this.echo = echo;
        this.correlationId = correlationId;
    }

    public String getSystem() {
        return system;
    }

    public String getEcho() {
        return echo;
    }

    public String getCorrelationId() {
        return correlationId;
    }
}
