package dev.rebound.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CORS for job-board front ends (the test profile allows https://jobs.example.com) and protective headers. */
@QuarkusTest
class BrowserAccessTest {

    private static final String ALLOWED = "https://jobs.example.com";

    @Test
    void preflightFromAnAllowedOriginAllowsTheApiHeaders() {
        Api.anonymous()
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .when()
                .options("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void responsesToAnAllowedOriginExposeTheUsefulHeaders() {
        Api.as(TestTokens.newOwner())
                .header("Origin", ALLOWED)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void refusesOtherOrigins() {
        Api.anonymous()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/v1/rejections")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        // Quarkus refuses the actual request too; browsers never see it, so the contract does not list it.
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.tokenFor(TestTokens.newOwner()))
                .header("Origin", "https://evil.example")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void personalDataIsNeverCachedOrSniffed() {
        Response ok = Api.as(TestTokens.newOwner()).when().get("/v1/rejections");
        ok.then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Server", nullValue());
        Response unauthorized = Api.anonymous().when().get("/v1/rejections");
        unauthorized.then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
        Response notFound = Api.as(TestTokens.newOwner()).when().get("/v1/no-such-thing");
        notFound.then().statusCode(404);
        Response refused = io.restassured.RestAssured.given()
                .header("Origin", "https://evil.example")
                .when()
                .get("/v1/rejections");
        refused.then().statusCode(403);
        for (Response response : List.of(ok, unauthorized, notFound, refused)) {
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        }
    }
}
