package dev.rebound.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Runs against the packaged jar, started with explicit datasource and JWT settings (prod profile). */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedServiceIT {

    /** First, so that it also shows the business counters are listed before anything has counted. */
    @Test
    @Order(1)
    void packagedJarServesMetricsWithoutAToken() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body(containsString("rebound_rejections_recorded_total"))
                .body(containsString("rebound_suggestions_generated_total"))
                .body(containsString("rebound_plan_steps_done_total{action=\"REFLECT\"}"))
                .body(containsString("agroal_active_count{datasource=\"default\"}"));
    }

    @Test
    void packagedJarServesTheRejectionLifecycle() {
        String owner = TestTokens.newOwner();
        String id = Api.as(owner)
                .queryParam("locale", "es")
                .contentType("application/json")
                .body(Samples.full())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .header("Content-Language", "es")
                .body("suggestions.thankYouNote.body", startsWith("Hola, María José Peña:"))
                .extract()
                .path("id");
        Api.as(owner)
                .queryParam("tone", "FORMAL")
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(200)
                .body("thankYouNote.body", startsWith("Dear María José Peña,"));
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"notes\":null}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        Api.as(owner)
                .queryParam("q", "Nordlicht")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        Api.as(TestTokens.newOwner()).when().get("/v1/rejections/" + id).then().statusCode(404);
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(204);
    }

    @Test
    void packagedJarRejectsMissingTokenWithProblem() {
        Api.anonymous()
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void packagedJarServesVocabulariesWithoutATokenAsCacheable() {
        Api.anonymous()
                .queryParam("locale", "es")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Content-Language", "es")
                .header("Cache-Control", "public, max-age=86400")
                .body("vocabularies.stageReached[0].label", equalTo("Candidatura"));
    }

    @Test
    void packagedJarIsReadyAndServesSwaggerUi() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
