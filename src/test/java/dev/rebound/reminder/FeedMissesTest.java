package dev.rebound.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Guessing feed addresses: past 3 misses a minute here (20 by default), a miss is a 429; real feeds still load. */
@QuarkusTest
@TestProfile(FeedMissesTest.ThreeMisses.class)
class FeedMissesTest {

    public static class ThreeMisses extends ConfigOverrides {
        public ThreeMisses() {
            super("rebound.rate-limit.enabled", "true", "rebound.feed.misses-per-minute", "3");
        }
    }

    @Test
    void guessesBeyondTheBudgetAre429ButARealFeedIsServed() {
        String owner = TestTokens.newOwner();
        String feed = URI.create(Api.as(owner)
                        .when()
                        .post("/v1/calendar-feed")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("url"))
                .getPath();
        for (int i = 0; i < 3; i++) {
            given().when().get("/feeds/" + "G".repeat(42) + i + ".ics").then().statusCode(404);
        }
        given().when()
                .get("/feeds/" + "H".repeat(43) + ".ics")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("type", equalTo("https://rebound.dev/problems/too-many-requests"));
        given().when().get(feed).then().statusCode(200);
    }
}
