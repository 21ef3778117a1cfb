package dev.rebound.db.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.net.URI;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

class DevDatabaseTest {

    @Test
    void onlyRebound_sOwnDefaultCountsAsNotChosen() {
        assertThat(DevDatabase.isDefault(
                        url(DevDatabase.DEFAULT_URL, "PropertiesConfigSource[application.properties]", 250)))
                .isTrue();
        assertThat(DevDatabase.isDefault(url(DevDatabase.DEFAULT_URL, "EnvConfigSource", 300)))
                .as("the same URL, set on purpose")
                .isFalse();
        assertThat(DevDatabase.isDefault(url(
                        "jdbc:postgresql://localhost:5432/rebound",
                        "PropertiesConfigSource[application.properties]",
                        250)))
                .isFalse();
        assertThat(DevDatabase.isDefault(null)).isFalse();
    }

    @Test
    void findsTheServerOfAJdbcUrl() {
        assertThat(DevDatabase.hostAndPort("jdbc:postgresql://db.example.com:6543/rebound?sslmode=require"))
                .map(URI::getHost)
                .contains("db.example.com");
        assertThat(DevDatabase.hostAndPort("jdbc:postgresql://db.example.com:6543/rebound"))
                .map(URI::getPort)
                .contains(6543);
        assertThat(DevDatabase.hostAndPort("jdbc:postgresql://first:5433,second:5434/rebound"))
                .map(URI::getPort)
                .contains(5433);
        assertThat(DevDatabase.hostAndPort("jdbc:postgresql://localhost/rebound"))
                .map(URI::getPort)
                .contains(-1);
        assertThat(DevDatabase.hostAndPort("jdbc:postgresql:rebound")).isEmpty();
        assertThat(DevDatabase.hostAndPort("jdbc:h2:mem:test")).isEmpty();
    }

    @Test
    void namesWhereTheUrlWasSetTheWayTheUserSetIt() {
        assertThat(DevDatabase.setBy(url("x", "EnvConfigSource", 300)))
                .isEqualTo("the environment variable QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(DevDatabase.setBy(url("x", "SysPropConfigSource", 400))).isEqualTo("-Dquarkus.datasource.jdbc.url");
        assertThat(DevDatabase.setBy(url("x", "PropertiesConfigSource[source=.env]", 295)))
                .isEqualTo("quarkus.datasource.jdbc.url in PropertiesConfigSource[source=.env]");
    }

    @Test
    void outsideDevModeItReadsNothingAndStartsNothing() {
        ConfigSourceContext untouchable = new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                throw new AssertionError("read " + name);
            }

            @Override
            public Iterator<String> iterateNames() {
                throw new AssertionError("listed names");
            }
        };
        assertThat(new DevDatabase().getConfigSources(untouchable)).isEmpty();
    }

    private static ConfigValue url(String value, String source, int ordinal) {
        return ConfigValue.builder()
                .withName(DevDatabase.URL)
                .withValue(value)
                .withConfigSourceName(source)
                .withConfigSourceOrdinal(ordinal)
                .build();
    }
}
