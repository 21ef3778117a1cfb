package dev.rebound.account;

import static dev.rebound.support.FollowThrough.create;
import static dev.rebound.support.FollowThrough.done;
import static dev.rebound.support.FollowThrough.feedback;
import static dev.rebound.support.FollowThrough.record;
import static dev.rebound.support.FollowThrough.reflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EraseApiTest {

    @Inject
    AccountErasure erasure;

    private final String owner = TestTokens.newOwner();
    private final String someoneElse = TestTokens.newOwner();
    private final String key = "erase-" + UUID.randomUUID();
    private final Map<String, Object> body = record("Acme Corp", "2025-02-03", "INTERVIEW", null, "EMAIL");

    private Response postWithKey(String who) {
        return Api.as(who)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections");
    }

    /** Everything an owner can store: records with progress, feedback, a reflection, a key and a feed. */
    private String[] fillAccount(String who) {
        Response first = postWithKey(who);
        first.then().statusCode(201);
        String keyed = first.path("id");
        done(who, keyed, "SEND_THANK_YOU");
        feedback(who, keyed, "Feedback for " + who);
        reflection(who, keyed, "PREPARATION");
        String plain = create(who, record("Globex", "2025-03-01", "APPLIED", null, "NO_RESPONSE"));
        String feedUrl = Api.as(who)
                .when()
                .post("/v1/calendar-feed")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        String feedPath = URI.create(feedUrl).getPath();
        Api.anonymous().when().get(feedPath).then().statusCode(200);
        return new String[] {keyed, plain, feedPath};
    }

    private Response erase(String who) {
        return Api.as(who).when().delete("/v1/me");
    }

    private int stored(String who) {
        return Api.as(who)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    @Test
    void erasesEverythingTheOwnerHasAndNothingOfAnyoneElse() {
        String[] mine = fillAccount(owner);
        String[] theirs = fillAccount(someoneElse);
        assertThat(stored(owner)).isEqualTo(2);
        // Before erasure the key replays the first answer.
        postWithKey(owner)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(mine[0]));

        erase(owner).then().statusCode(204);

        Response export =
                Api.as(owner).header("Accept", "application/json").when().get("/v1/export");
        export.then().statusCode(200).body("rejections", equalTo(List.of()));
        assertThat(stored(owner)).isZero();
        Api.as(owner).when().get("/v1/insights").then().statusCode(200).body("totalRejections", equalTo(0));
        Api.as(owner).when().get("/v1/rejections/" + mine[0]).then().statusCode(404);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + mine[0] + "/feedback")
                .then()
                .statusCode(404);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + mine[0] + "/reflection")
                .then()
                .statusCode(404);
        Api.as(owner)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .body("exists", equalTo(false))
                .body("createdAt", nullValue());
        Api.anonymous().when().get(mine[2]).then().statusCode(404);

        // The stored answer went with the records, but the key stays: a retry brings nothing back.
        postWithKey(owner)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://rebound.dev/problems/idempotent-result-deleted"));
        assertThat(stored(owner)).isZero();
        create(owner, body);
        assertThat(stored(owner)).isEqualTo(1);

        // The other owner keeps everything, the key's stored answer included.
        assertThat(stored(someoneElse)).isEqualTo(2);
        Api.as(someoneElse)
                .when()
                .get("/v1/rejections/" + theirs[0])
                .then()
                .statusCode(200)
                .body("status", equalTo("REFLECTED"));
        Api.as(someoneElse)
                .when()
                .get("/v1/rejections/" + theirs[0] + "/feedback")
                .then()
                .statusCode(200)
                .body("summary", equalTo("Feedback for " + someoneElse));
        Api.as(someoneElse)
                .when()
                .get("/v1/rejections/" + theirs[0] + "/reflection")
                .then()
                .statusCode(200)
                .body("improvementAreas", equalTo(List.of("PREPARATION")));
        Api.as(someoneElse)
                .when()
                .get("/v1/calendar-feed")
                .then()
                .statusCode(200)
                .body("exists", equalTo(true))
                .body("createdAt", notNullValue());
        Api.anonymous().when().get(theirs[2]).then().statusCode(200);
        postWithKey(someoneElse)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(theirs[0]));
        Api.as(someoneElse).when().get("/v1/insights").then().statusCode(200).body("totalRejections", equalTo(2));

        // Erasing again is fine, and takes the record made since.
        erase(owner).then().statusCode(204);
        assertThat(stored(owner)).isZero();
        erase(owner).then().statusCode(204);
        assertThat(stored(someoneElse)).isEqualTo(2);
    }

    @Test
    void eachBatchCommitsWithTheAnswersThatHeldItsRecords() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String batchKey = "batch-" + i + "-" + UUID.randomUUID();
            keys.add(batchKey);
            Api.as(owner)
                    .header("Idempotency-Key", batchKey)
                    .contentType("application/json")
                    .body(body)
                    .when()
                    .post("/v1/rejections")
                    .then()
                    .statusCode(201);
        }

        AccountErasure.Batch first = erasure.eraseBatch(owner, null, 3);
        assertThat(first.erased()).isEqualTo(3);

        // The batch is committed: three records are gone, with their stored answers; the rest are untouched.
        assertThat(stored(owner)).isEqualTo(2);
        Map<Integer, Long> answers = keys.stream()
                .collect(Collectors.groupingBy(
                        k -> Api.as(owner)
                                .header("Idempotency-Key", k)
                                .contentType("application/json")
                                .body(body)
                                .when()
                                .post("/v1/rejections")
                                .statusCode(),
                        Collectors.counting()));
        assertThat(answers).isEqualTo(Map.of(409, 3L, 201, 2L));
        AccountErasure.Batch second = erasure.eraseBatch(owner, first.last(), 3);
        assertThat(second.erased()).isEqualTo(2);
        assertThat(erasure.eraseBatch(owner, second.last(), 3).erased()).isZero();
        assertThat(erasure.eraseBatch(owner, null, 3).erased()).isZero();
    }

    @Test
    void aRetryFinishesAnInterruptedErasure() {
        String[] mine = fillAccount(owner);
        create(owner, record("Initech", "2025-04-01", "SCREENING", null, "EMAIL"));
        // As if the erasure had stopped after its first batch (a restart, a lost connection).
        assertThat(erasure.eraseBatch(owner, null, 1).erased()).isEqualTo(1);
        assertThat(stored(owner)).isEqualTo(2);

        erase(owner).then().statusCode(204);

        assertThat(stored(owner)).isZero();
        Api.anonymous().when().get(mine[2]).then().statusCode(404);
        Api.as(owner).when().get("/v1/calendar-feed").then().statusCode(200).body("exists", equalTo(false));
        Api.as(owner).when().get("/v1/insights").then().statusCode(200).body("totalRejections", equalTo(0));
    }

    @Test
    void twoErasuresAtOnceBothFinish() throws Exception {
        for (int i = 0; i < 12; i++) {
            create(owner, record("Company " + i, "2025-04-01", "SCREENING", null, "EMAIL"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = clients.invokeAll(
                    List.of(() -> erase(owner).statusCode(), () -> erase(owner).statusCode()));
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(204);
            }
        } finally {
            clients.shutdown();
        }
        assertThat(stored(owner)).isZero();
    }

    @Test
    void erasingAnAccountWithNothingInItIsNoContentToo() {
        erase(owner).then().statusCode(204);
        erase(owner).then().statusCode(204);
        assertThat(stored(owner)).isZero();
    }

    @Test
    void needsAToken() {
        Api.anonymous().when().delete("/v1/me").then().statusCode(401);
    }
}
