package org.eaihub.config.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the user file is; the paths that answer without credentials (health and published contracts); and the
 * SOAP paths whose POSTs may authenticate inside the message instead (WS-Security UsernameToken): such a POST
 * without an {@code Authorization} header passes the HTTP layer, and the application must authenticate it or
 * refuse it. Empty unless an application checks the tokens itself (the hub does).
 */
@ConfigurationProperties("eaihub.security")
public record SecurityProperties(Path usersFile, String[] publicPaths, String[] wsSecurityPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? new String[0] : publicPaths;
        wsSecurityPaths = wsSecurityPaths == null ? new String[0] : wsSecurityPaths;
    }
}
