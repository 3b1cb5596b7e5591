package org.eaihub.hub.health;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The base URL of every system the hub integrates, by short name ({@code crm}, {@code erp}, {@code scm}). */
@ConfigurationProperties("eaihub")
public record LandscapeSystems(Map<String, URI> systems) {
}
