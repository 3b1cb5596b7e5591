package org.eaihub.config.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;

/**
 * Makes the service account passwords of {@code <data-dir>/security/service-credentials.properties}
 * available as {@code eaihub.credentials.<account>}, below every other source: an environment variable such
 * as {@code EAIHUB_CREDENTIALS_HUB} wins, which is how the {@code external} profile supplies them.
 */
public class ServiceCredentialsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("eaihub.data-dir", "data");
        Path file = Path.of(dataDir, "security", CredentialBootstrap.SERVICE_CREDENTIALS_FILE);
        if (!Files.isReadable(file)) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource("eaihub-service-credentials", properties));
    }
}
