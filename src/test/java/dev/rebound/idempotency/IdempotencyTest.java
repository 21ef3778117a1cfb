package dev.rebound.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private final String owner = TestTokens.newOwner();
    private final String key = "retry-" + UUID.randomUUID();

    private Response post(String owner, String key, Object body) {
        return Api.as(owner)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections");
    }

    private int stored(String owner) {
        return Api.as(owner).when().get("/v1/rejections").then().extract().path("totalItems");
    }

    @Test
    void aRetryAfterTheRecordWasDeletedIsA409WithoutTheDeletedData() {
        Map<String, Object> body = Samples.full();
        String id = post(owner, key, body).then().statusCode(201).extract().path("id");
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(204);

        Response retry = post(owner, key, body);
        retry.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://rebound.dev/problems/idempotent-result-deleted"));
        assertThat(retry.asString()).doesNotContain((String) body.get("notes"), id);
        assertThat(stored(owner)).isZero();
        post(owner, key + "-new", body).then().statusCode(201);
    }

    @Test
    void aRetryAfterErasureBringsNothingBack() {
        Map<String, Object> body = Samples.full();
        post(owner, key, body).then().statusCode(201);
        Api.as(owner).when().delete("/v1/me").then().statusCode(204);

        post(owner, key, body)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("https://rebound.dev/problems/idempotent-result-deleted"));
        assertThat(stored(owner)).isZero();
    }

    @Test
    void deletingOneRecordLeavesTheAnswersOfOthers() {
        Map<String, Object> body = Samples.full();
        String kept = post(owner, key, body).then().statusCode(201).extract().path("id");
        String gone = post(owner, key + "-other", Samples.minimal())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(owner).when().delete("/v1/rejections/" + gone).then().statusCode(204);

        post(owner, key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(kept));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothingNew() {
        Map<String, Object> body = Samples.full();
        Response first = post(owner, key, body);
        first.then().statusCode(201);
        Response retry = post(owner, key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Content-Language")).isEqualTo(first.header("Content-Language"));
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(stored(owner)).isEqualTo(1);
    }

    @Test
    void theSameJsonWithMembersInAnotherOrderIsTheSameRequest() {
        post(
                        owner,
                        key,
                        "{\"company\":\"Acme\",\"role\":\"Dev\",\"stageReached\":\"APPLIED\",\"notifiedVia\":\"EMAIL\","
                                + "\"rejectedOn\":\"2026-01-05\"}")
                .then()
                .statusCode(201);
        post(
                        owner,
                        key,
                        "{ \"rejectedOn\":\"2026-01-05\", \"notifiedVia\":\"EMAIL\", \"stageReached\":\"APPLIED\","
                                + " \"role\":\"Dev\", \"company\":\"Acme\" }")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertThat(stored(owner)).isEqualTo(1);
    }

    @Test
    void aDifferentRequestUnderTheSameKeyIsRefused() {
        post(owner, key, Samples.full()).then().statusCode(201);
        Map<String, Object> other = Samples.full();
        other.put("company", "Another Company");
        post(owner, key, other)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(stored(owner)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirOwner() {
        String other = TestTokens.newOwner();
        post(owner, key, Samples.full()).then().statusCode(201);
        post(other, key, Samples.full()).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(stored(other)).isEqualTo(1);
    }

    @Test
    void aRejectedRequestDoesNotUseUpTheKey() {
        Map<String, Object> invalid = Samples.full();
        invalid.remove("company");
        post(owner, key, invalid).then().statusCode(400);
        post(owner, key, Samples.full()).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(stored(owner)).isEqualTo(1);
    }

    @Test
    void refusesMalformedKeys() {
        for (String bad : List.of("k".repeat(256), "clé-é", "tab\tinside")) {
            Api.as(owner)
                    .header("Idempotency-Key", bad)
                    .contentType("application/json")
                    .body(Samples.full())
                    .when()
                    .post("/v1/rejections")
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("Idempotency-Key")));
        }
        assertThat(stored(owner)).isZero();
    }

    @Test
    void concurrentRetriesCreateExactlyOneRecord() throws Exception {
        int retries = 12;
        Map<String, Object> body = Samples.full();
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < retries; i++) {
                answers.add(pool.submit(() -> post(owner, key, body)));
            }
            List<String> locations = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    locations.add(response.header("Location"));
                } else {
                    assertThat(response.header("Retry-After")).isNotNull();
                }
            }
            assertThat(locations).isNotEmpty();
            assertThat(locations).allMatch(location -> location.equals(locations.get(0)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(owner)).isEqualTo(1);
    }
}
