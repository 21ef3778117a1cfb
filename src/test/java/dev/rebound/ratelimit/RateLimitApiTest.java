package dev.rebound.ratelimit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Budgets per owner: 3 changes and 5 reads a minute here. */
@QuarkusTest
@TestProfile(RateLimitApiTest.SmallBudgets.class)
class RateLimitApiTest {

    public static class SmallBudgets extends ConfigOverrides {
        public SmallBudgets() {
            super(
                    "rebound.rate-limit.enabled",
                    "true",
                    "rebound.rate-limit.writes-per-minute",
                    "3",
                    "rebound.rate-limit.reads-per-minute",
                    "5");
        }
    }

    private final String owner = TestTokens.newOwner();

    private io.restassured.response.ValidatableResponse create(String who) {
        return Api.as(who)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then();
    }

    @Test
    void changesBeyondTheBudgetAre429WithRetryAfterAndSpendNothing() {
        // The bucket refills from the first request on, so seconds are checked as bounds (exact values:
        // OwnerBudgetsTest).
        create(owner)
                .statusCode(201)
                .header("RateLimit-Policy", "\"writes\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"writes\";r=2;t=(1[0-9]|20)"));
        create(owner).statusCode(201).header("RateLimit", containsString("r=1;"));
        create(owner).statusCode(201).header("RateLimit", containsString("r=0;"));
        create(owner)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rebound.dev/problems/too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9]|1[0-9]|20"))
                .header("RateLimit", containsString("\"writes\";r=0;"));
        create(owner).statusCode(429);
        Api.as(owner)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .header("RateLimit-Policy", "\"reads\";q=5;w=60")
                .header("RateLimit", containsString("\"reads\";r=4;"));
    }

    @Test
    void eachOwnerHasABudgetOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            create(owner).statusCode(201);
        }
        create(owner).statusCode(429);
        create(TestTokens.newOwner()).statusCode(201);
    }

    @Test
    void readsHaveTheirOwnBudget() {
        for (int i = 0; i < 5; i++) {
            Api.as(owner).when().get("/v1/rejections").then().statusCode(200);
        }
        Api.as(owner)
                .when()
                .get("/v1/insights")
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("[1-9]|1[0-2]"));
        create(owner).statusCode(201);
    }

    @Test
    void requestsWithoutAnOwnerSpendNothingAndCarryNoHeaders() {
        Api.anonymous().when().get("/v1/vocabularies").then().statusCode(200).header("RateLimit", nullValue());
        Api.anonymous().when().get("/v1/rejections").then().statusCode(401).header("RateLimit", nullValue());
    }

    @Test
    void browsersMayReadTheHeaders() {
        Api.as(owner)
                .header("Origin", "https://jobs.example.com")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    /** Every MCP call is a POST; it spends from writes only when its tool changes something. */
    @Test
    void mcpCallsSpendFromTheBudgetOfWhatTheirToolDoes() throws Exception {
        String record = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Samples.minimal());
        for (int i = 0; i < 3; i++) {
            mcp("record_rejection", record)
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"writes\";q=3;w=60")
                    .body("result.isError", equalTo(false));
        }
        mcp("record_rejection", record)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|1[0-9]|20"));
        mcp("list_rejections", "{}")
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=5;w=60")
                .body("result.structuredContent.totalItems", equalTo(3));
    }

    private io.restassured.response.ValidatableResponse mcp(String tool, String arguments) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.tokenFor(owner))
                .contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                        + "\",\"arguments\":" + arguments + "}}")
                .when()
                .post("/mcp")
                .then();
    }
}
