package dev.rebound.db.local;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Gives dev mode a database on a machine that has none: when the datasource URL is Rebound's default and
 * nothing answers there, it starts an embedded PostgreSQL (see {@link LocalPostgres}) and points the
 * datasource at it. A URL the user set is left alone, and a server that is down there is an error with what
 * to do, never a quiet switch to another, empty database. Outside dev mode this does nothing: the packaged
 * service has no embedded server on its classpath at all.
 *
 * <p>The server outlives live reloads: this JVM notes its port in a system property and reuses it.
 */
public final class DevDatabase implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";
    static final String DIRECTORY = "rebound.dev.database.directory";
    /** Where this JVM remembers its embedded server across live reloads (which reload this class). */
    static final String RUNNING_PORT = "rebound.dev.database.embedded-port";
    /** Above application.properties (250), below .env (295), environment variables (300) and -D (400). */
    private static final int ORDINAL = 275;

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return List.of();
        }
        ConfigValue url = context.getValue(URL);
        if (!isDefault(url)) {
            requireAnswer(url);
            return List.of();
        }
        Optional<Integer> port = embeddedPort(Path.of(directory(context)));
        return port.<Iterable<ConfigSource>>map(embedded -> List.of(new PropertiesConfigSource(
                        Map.of(
                                URL,
                                LocalPostgres.jdbcUrl(embedded, "postgres"),
                                "quarkus.datasource.username",
                                LocalPostgres.USER,
                                "quarkus.datasource.password",
                                ""),
                        "Rebound embedded PostgreSQL",
                        ORDINAL)))
                .orElse(List.of());
    }

    /** Rebound's own default, from application.properties: not something the user chose. */
    static boolean isDefault(ConfigValue url) {
        return url != null && DEFAULT_URL.equals(url.getValue()) && url.getConfigSourceOrdinal() <= 250;
    }

    /** The port of the embedded server to use, or nothing when a server answers at the default URL. */
    private static Optional<Integer> embeddedPort(Path directory) {
        String running = System.getProperty(RUNNING_PORT);
        if (running != null && LocalPostgres.answers("localhost", Integer.parseInt(running))) {
            return Optional.of(Integer.parseInt(running));
        }
        if (LocalPostgres.answers("localhost", 5432)) {
            return Optional.empty();
        }
        if (LocalPostgres.runningAsRoot()) {
            throw new IllegalStateException("No PostgreSQL answers on localhost:5432, and " + LocalPostgres.AS_ROOT);
        }
        LocalPostgres server = LocalPostgres.start(directory, false);
        System.setProperty(RUNNING_PORT, Integer.toString(server.port()));
        LOG.infof(
                "Nothing answers on localhost:5432, so dev mode runs an embedded PostgreSQL 15 on port %d with"
                        + " its data in %s; it stops when dev mode stops (psql -h localhost -p %d -U postgres)",
                server.port(), directory, server.port());
        return Optional.of(server.port());
    }

    private static String directory(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(DIRECTORY);
        if (configured != null
                && configured.getValue() != null
                && !configured.getValue().isBlank()) {
            return configured.getValue();
        }
        return Path.of(System.getProperty("user.home"), ".rebound", "dev-postgres")
                .toString();
    }

    /** A URL the user set must answer: an error that says what to do beats a start that fails deep in Flyway. */
    private static void requireAnswer(ConfigValue url) {
        if (url == null || url.getValue() == null) {
            return;
        }
        hostAndPort(url.getValue()).ifPresent(address -> {
            if (!LocalPostgres.answers(address.getHost(), address.getPort() == -1 ? 5432 : address.getPort())) {
                throw new IllegalStateException("No PostgreSQL answers at " + url.getValue() + ", set by "
                        + setBy(url) + ": start that server, or remove the setting to let dev mode run an"
                        + " embedded PostgreSQL.");
            }
        });
    }

    /** Where the URL came from, in the words the user set it with. */
    static String setBy(ConfigValue url) {
        String source = url.getConfigSourceName() == null ? "" : url.getConfigSourceName();
        if (source.contains("EnvConfigSource")) {
            return "the environment variable QUARKUS_DATASOURCE_JDBC_URL";
        }
        if (source.contains("SysPropConfigSource")) {
            return "-D" + URL;
        }
        return URL + " in " + source;
    }

    /** The first host of a jdbc:postgresql:// URL; nothing for forms this check does not understand. */
    static Optional<URI> hostAndPort(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        String authority = jdbcUrl.substring("jdbc:postgresql://".length())
                .split("[/?]", 2)[0]
                .split(",")[0];
        try {
            URI uri = URI.create("postgresql://" + authority);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
