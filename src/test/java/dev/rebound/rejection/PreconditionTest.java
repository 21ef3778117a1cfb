package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreconditionTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final String owner = TestTokens.newOwner();
    private String id;

    @BeforeEach
    void createRecord() {
        id = Api.as(owner)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
    }

    @Test
    void readsCarryAStrongETagThatFollowsTheVersion() {
        Api.as(owner).when().get("/v1/rejections/" + id).then().statusCode(200).header("ETag", "\"0\"");
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"notes\":\"one\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @Test
    void patchWithCurrentETagApplies() {
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"notes\":\"checked\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .body("notes", equalTo("checked"))
                .header("ETag", "\"1\"");
    }

    @Test
    void patchWithStaleETagIsRefusedAndChangesNothing() {
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"notes\":\"first\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"notes\":\"lost update\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .header("If-Match", "W/\"1\"")
                .body("{\"notes\":\"weak\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(412);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .body("notes", equalTo("first"))
                .body("version", equalTo(1));
    }

    @Test
    void ifMatchAcceptsAnyOfSeveralTagsOrAStar() {
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"7\", \"0\"")
                .body("{\"notes\":\"a\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"notes\":\"b\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void deleteHonoursIfMatch() {
        Api.as(owner)
                .header("If-Match", "\"5\"")
                .when()
                .delete("/v1/rejections/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        Api.as(owner).when().get("/v1/rejections/" + id).then().statusCode(200);
        Api.as(owner)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/v1/rejections/" + id)
                .then()
                .statusCode(204);
        Api.as(owner)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/v1/rejections/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void unknownRecordIsNotFoundWhateverTheIfMatch() {
        String response = Api.as(owner)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertThat(response).contains("not-found");
    }
}
