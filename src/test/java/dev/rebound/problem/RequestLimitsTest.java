package dev.rebound.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The request line and the header fields have limits of their own, answered with problems. */
@QuarkusTest
class RequestLimitsTest {

    private final String owner = TestTokens.newOwner();

    @Test
    void aRequestLineOver8KiBIs414() {
        Api.as(owner)
                .queryParam("q", "x".repeat(9 * 1024))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", endsWith("/uri-too-long"))
                .body("status", equalTo(414));
    }

    @Test
    void browserCodeOnAnAllowedOriginCanReadTheProblem() {
        Api.as(owner)
                .header("Origin", "https://jobs.example.com")
                .queryParam("q", "x".repeat(9 * 1024))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(414)
                .header("Access-Control-Allow-Origin", equalTo("https://jobs.example.com"));
    }

    @Test
    void aRequestLineJustUnderTheLimitIsServed() {
        Api.as(owner)
                .queryParam("q", "x".repeat(7 * 1024))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed")); // q is limited to 200 characters
    }

    @Test
    void headersOver16KiBAre431() {
        Api.as(owner)
                .header("X-Padding", "y".repeat(17 * 1024))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", endsWith("/headers-too-large"))
                .body("status", equalTo(431));
    }

    @Test
    void headersJustUnderTheLimitAreServed() {
        Api.as(owner)
                .header("X-Padding", "y".repeat(14 * 1024))
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200);
    }

    @Test
    void theLimitsHoldOutsideTheApiToo() {
        given().header("X-Padding", "y".repeat(17 * 1024))
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(431)
                .contentType("application/problem+json");
        given().queryParam("q", "x".repeat(9 * 1024))
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(414);
    }
}
