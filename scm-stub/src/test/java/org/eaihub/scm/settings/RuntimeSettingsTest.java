package org.eaihub.scm.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.eaihub.scm.ScmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

class RuntimeSettingsTest {

    private static ScmProperties properties(String... pairs) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < pairs.length; i += 2) {
            environment.setProperty(pairs[i], pairs[i + 1]);
        }
        return Binder.get(environment).bindOrCreate("eaihub.scm", ScmProperties.class);
    }

    @Test
    void settingsStartFromTheConfigurationAndResetToIt() {
        RuntimeSettings settings = new RuntimeSettings(properties("eaihub.scm.shipment.dispatch-delay", "5s"));
        assertThat(settings.dispatchDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.deliveryDelay()).isEqualTo(Duration.ofMinutes(2));

        settings.update(new RuntimeSettings.Values(100L, null, null, null, 3, null));
        assertThat(settings.dispatchDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.deliveryDelay()).as("left out, left as is").isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.maxAttempts()).isEqualTo(3);

        settings.reset();
        assertThat(settings.dispatchDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxAttempts()).isEqualTo(5);
    }

    @Test
    void aBadValueChangesNothing() {
        RuntimeSettings settings = new RuntimeSettings(properties());

        assertThatThrownBy(() -> settings.update(new RuntimeSettings.Values(100L, -1L, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deliveryDelayMs");
        assertThatThrownBy(() -> settings.update(new RuntimeSettings.Values(null, null, null, null, 0, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThat(settings.dispatchDelay()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theBackoffDoublesPerAttemptUpToItsCap() {
        RuntimeSettings settings = new RuntimeSettings(properties("eaihub.scm.messaging.retry-backoff", "500ms",
                "eaihub.scm.messaging.max-retry-backoff", "3s"));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.backoffAfter(40)).isEqualTo(Duration.ofSeconds(3));
    }
}
