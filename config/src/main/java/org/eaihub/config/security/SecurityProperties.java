package org.eaihub.config.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the user file is; the paths that answer without credentials (health and published contracts). */
@ConfigurationProperties("eaihub.security")
public record SecurityProperties(Path usersFile, String[] publicPaths) {
}
