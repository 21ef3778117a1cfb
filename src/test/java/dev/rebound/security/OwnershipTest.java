package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnershipTest {

    private final String alice = TestTokens.newOwner();
    private final String bob = TestTokens.newOwner();

    @Test
    void nobodySeesOrChangesAnotherOwnersRecords() {
        String alicesId = Api.as(alice)
                .contentType("application/json")
                .body(Samples.full())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> before = Api.as(alice)
                .when()
                .get("/v1/rejections/" + alicesId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        Api.as(bob)
                .when()
                .get("/v1/rejections/" + alicesId)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://rebound.dev/problems/not-found"));
        Api.as(bob)
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"hijacked\"}")
                .when()
                .patch("/v1/rejections/" + alicesId)
                .then()
                .statusCode(404);
        Api.as(bob).when().delete("/v1/rejections/" + alicesId).then().statusCode(404);
        Api.as(bob)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items", equalTo(List.of()));
        Api.as(bob)
                .queryParam("q", "Nordlicht")
                .when()
                .get("/v1/rejections")
                .then()
                .body("totalItems", equalTo(0));

        Map<String, Object> after = Api.as(alice)
                .when()
                .get("/v1/rejections/" + alicesId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(after).isEqualTo(before);
        Api.as(alice).when().get("/v1/rejections").then().body("items.id", equalTo(List.of(alicesId)));
    }
}
