package dev.rebound.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points every test (and the packaged jar in integration tests) at a database of its own on the test server
 * ({@link TestServer}: the local PostgreSQL, or an embedded one where none answers), creating it when
 * missing, and at the dev-only JWT key.
 */
@QuarkusTestResource(PostgresDatabase.class)
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    /** REBOUND_TEST_DATABASE lets two checkouts run their tests side by side without sharing a schema. */
    static final String DATABASE = TestServer.env("REBOUND_TEST_DATABASE", "rebound_test");

    @Override
    public Map<String, String> start() {
        TestServer server = TestServer.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.database(DATABASE),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "mp.jwt.verify.publickey.location",
                        TestTokens.PUBLIC_KEY.toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.audiences", TestTokens.AUDIENCE,
                // The packaged jar runs in the prod profile, where the budgets are on; RateLimitApiTest tests them.
                "rebound.rate-limit.enabled", "false");
    }

    @Override
    public void stop() {
        // The database is kept: the next run starts from a clean schema (Flyway clean-at-start).
    }
}
