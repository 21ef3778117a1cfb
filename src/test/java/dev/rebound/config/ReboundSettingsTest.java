package dev.rebound.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings' defaults, and a misspelt key refused rather than ignored. */
class ReboundSettingsTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(ReboundSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }

    @Test
    void everySettingButTheBaseUrlHasItsDocumentedDefault() {
        ReboundSettings settings = config(Map.of("rebound.public-base-url", "https://api.example"))
                .getConfigMapping(ReboundSettings.class);

        assertThat(settings.publicBaseUrl()).isEqualTo("https://api.example");
        assertThat(settings.maxRequestsInFlight()).isEqualTo(256);
        assertThat(settings.requireIfMatch()).isFalse();
        assertThat(settings.rateLimit().enabled()).isTrue();
        assertThat(settings.rateLimit().writesPerMinute()).isEqualTo(30);
        assertThat(settings.rateLimit().readsPerMinute()).isEqualTo(300);
        assertThat(settings.rateLimit().keptOwners()).isEqualTo(100_000);
        assertThat(settings.feed().missesPerMinute()).isEqualTo(20);
        assertThat(settings.insights().keptOwners()).isEqualTo(1000);
        assertThat(settings.idempotency().purgeInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.database().schema()).isEqualTo("rebound");
        assertThat(settings.database().statementTimeout()).isEqualTo("5s");
        assertThat(settings.dev().database().directory()).isEmpty();
        assertThat(settings.dev().database().embeddedPort()).isEmpty();
    }

    @Test
    void aMisspeltKeyStopsTheStartNamingIt() {
        assertThatThrownBy(() -> config(Map.of(
                        "rebound.public-base-url", "https://api.example", "rebound.rate-limit.writes-per-minut", "5")))
                .hasMessageContaining("rebound.rate-limit.writes-per-minut");
    }
}
