package org.eaihub.config.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the user file is; the paths that answer without credentials (health and published contracts); the paths
 * only operators and administrators may use (consoles), whatever the endpoints behind them check themselves.
 */
@ConfigurationProperties("eaihub.security")
public record SecurityProperties(Path usersFile, String[] publicPaths, String[] operatorPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? new String[0] : publicPaths;
        operatorPaths = operatorPaths == null ? new String[0] : operatorPaths;
    }
}
