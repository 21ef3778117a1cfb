package dev.rebound.problem;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.ConfigOverrides;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With rebound.require-if-match=true, a change to a record or its sub-resources must name what it changes. */
@QuarkusTest
@TestProfile(RequiredPreconditionsTest.Required.class)
class RequiredPreconditionsTest {

    public static class Required extends ConfigOverrides {
        public Required() {
            super("rebound.require-if-match", "true");
        }
    }

    private final String owner = TestTokens.newOwner();

    private String create() {
        return Api.as(owner)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aChangeWithoutIfMatchIs428AndChangesNothing() {
        String record = "/v1/rejections/" + create();
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"blind\"}")
                .when()
                .patch(record)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("status", "SKIPPED"))
                .when()
                .patch(record + "/plan/REFLECT")
                .then()
                .statusCode(428);
        Api.as(owner).when().delete(record).then().statusCode(428);
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("summary", "Blind."))
                .when()
                .put(record + "/feedback")
                .then()
                .statusCode(428);
        Api.as(owner).when().get(record).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void aChangeThatNamesItsVersionGoesThrough() {
        String record = "/v1/rejections/" + create();
        Api.as(owner)
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"seen\"}")
                .when()
                .patch(record)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        Api.as(owner)
                .header("If-None-Match", "*")
                .contentType("application/json")
                .body(Map.of("summary", "Created."))
                .when()
                .put(record + "/feedback")
                .then()
                .statusCode(201);
        Api.as(owner)
                .header("If-Match", "\"0\"")
                .when()
                .delete(record + "/feedback")
                .then()
                .statusCode(204);
        Api.as(owner).header("If-Match", "*").when().delete(record).then().statusCode(204);
    }

    @Test
    void creatingAndErasingAreExempt() {
        create();
        Api.as(owner).when().delete("/v1/me").then().statusCode(204);
    }
}
