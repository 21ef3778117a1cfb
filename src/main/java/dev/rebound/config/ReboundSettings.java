package dev.rebound.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code rebound.*} setting with its default, in one place; the identity settings under {@code rebound.auth}
 * are {@link dev.rebound.security.AuthSettings}. Any key can be set by an environment variable:
 * {@code rebound.rate-limit.writes-per-minute} is {@code REBOUND_RATE_LIMIT_WRITES_PER_MINUTE}. A key in a
 * properties file that this does not name stops the service at start, so a misspelt setting is never silently
 * ignored.
 */
@ConfigMapping(prefix = "rebound")
public interface ReboundSettings {

    /** The address clients reach the service at, for the links it hands out (the calendar feed's URL). */
    String publicBaseUrl();

    /** The public address of {@code path} (which starts with a slash), whether or not the base URL ends in one. */
    default String publicUrl(String path) {
        String base = publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Requests in progress at once before new ones are shed with 503. */
    @WithDefault("256")
    int maxRequestsInFlight();

    /** Whether PUT, PATCH and DELETE must carry If-Match (428 without it). */
    @WithDefault("false")
    boolean requireIfMatch();

    RateLimit rateLimit();

    Feed feed();

    Insights insights();

    Idempotency idempotency();

    Database database();

    Dev dev();

    /** Each owner's budget of requests per minute. */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("30")
        long writesPerMinute();

        @WithDefault("300")
        long readsPerMinute();

        /** Owners whose budgets are remembered at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        long keptOwners();
    }

    /** The public calendar feed. */
    interface Feed {

        /** Requests for feeds that do not exist, per client address and minute, before 429. */
        @WithDefault("20")
        long missesPerMinute();
    }

    interface Insights {

        /** Owners whose computed insights are kept until their records change. */
        @WithDefault("1000")
        int keptOwners();
    }

    interface Idempotency {

        /** How often expired idempotency keys are purged. */
        @WithDefault("PT1M")
        Duration purgeInterval();
    }

    /** Read by the datasource, Hibernate and Flyway settings in application.properties. */
    interface Database {

        /** The schema Rebound's tables live in. */
        @WithDefault("rebound")
        String schema();

        /** The longest a statement may run, in PostgreSQL's notation ({@code 5s}). */
        @WithDefault("5s")
        String statementTimeout();
    }

    /** Dev mode only: the embedded PostgreSQL that stands in when no server answers. */
    interface Dev {

        EmbeddedDatabase database();

        interface EmbeddedDatabase {

            /** Where its data is kept; {@code ~/.rebound/dev-postgres} when not set. */
            Optional<String> directory();

            /** The port of the one already running in this JVM, kept across live reloads. */
            Optional<Integer> embeddedPort();
        }
    }
}
