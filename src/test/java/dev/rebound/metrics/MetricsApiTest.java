package dev.rebound.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /q/metrics: public, with Rebound's counters moving only for work that was really done. */
@QuarkusTest
class MetricsApiTest {

    private static final String RECORDED = "rebound_rejections_recorded_total";
    private static final String SUGGESTIONS = "rebound_suggestions_generated_total";
    private static final String STEPS_DONE = "rebound_plan_steps_done_total";

    private final String owner = TestTokens.newOwner();

    /** The Prometheus text at /q/metrics, read without any token. */
    private static Scrape scrape() {
        return new Scrape(given().accept("text/plain")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .extract()
                .asString());
    }

    private String create(String idempotencyKey) {
        var request = Api.as(owner).contentType("application/json").body(Samples.full());
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void patchStep(String id, String action, String status, int expected) {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("status", status))
                .when()
                .patch("/v1/rejections/" + id + "/plan/" + action)
                .then()
                .statusCode(expected);
    }

    @Test
    void metricsArePublicAndListEveryBusinessCounterFromTheStart() {
        Scrape metrics = scrape();
        assertThat(metrics.has(RECORDED)).isTrue();
        assertThat(metrics.has(SUGGESTIONS)).isTrue();
        for (String action : new String[] {
            "SEND_THANK_YOU", "REQUEST_FEEDBACK", "REFLECT", "CONNECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS"
        }) {
            assertThat(metrics.has(STEPS_DONE + "{action=\"" + action + "\""))
                    .as(action)
                    .isTrue();
        }
    }

    @Test
    void creatingARejectionCountsTheRecordAndItsSuggestions() {
        Scrape before = scrape();
        create(null);
        Scrape after = scrape();
        assertThat(after.value(RECORDED) - before.value(RECORDED)).isEqualTo(1);
        assertThat(after.value(SUGGESTIONS) - before.value(SUGGESTIONS)).isEqualTo(1);
    }

    @Test
    void anIdempotentReplayCountsNothing() {
        String key = UUID.randomUUID().toString();
        Scrape before = scrape();
        String first = create(key);
        Api.as(owner)
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body(Samples.full())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        Scrape after = scrape();
        assertThat(after.value(RECORDED) - before.value(RECORDED)).isEqualTo(1);
        assertThat(after.value(SUGGESTIONS) - before.value(SUGGESTIONS)).isEqualTo(1);
    }

    @Test
    void aRefusedCreateCountsNothing() {
        Scrape before = scrape();
        Api.as(owner)
                .contentType("application/json")
                .body(Samples.with(Samples.full(), "company", ""))
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400);
        Scrape after = scrape();
        assertThat(after.value(RECORDED)).isEqualTo(before.value(RECORDED));
        assertThat(after.value(SUGGESTIONS)).isEqualTo(before.value(SUGGESTIONS));
    }

    @Test
    void eachSuggestionSetWrittenIsCounted() {
        String id = create(null);
        Scrape before = scrape();
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id + "/suggestions?tone=BRIEF")
                .then()
                .statusCode(200);
        Api.as(owner)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(200);
        Scrape after = scrape();
        assertThat(after.value(SUGGESTIONS) - before.value(SUGGESTIONS)).isEqualTo(2);
        assertThat(after.value(RECORDED)).as("a preview stores nothing").isEqualTo(before.value(RECORDED));
    }

    @Test
    void aStepCountsWhenItBecomesDoneNotWhenSavedAgain() {
        String id = create(null);
        String thankYou = STEPS_DONE + "{action=\"SEND_THANK_YOU\"";
        Scrape before = scrape();
        patchStep(id, "SEND_THANK_YOU", "DONE", 200);
        patchStep(id, "SEND_THANK_YOU", "DONE", 200);
        patchStep(id, "CONNECT", "SKIPPED", 200);
        Scrape after = scrape();
        assertThat(after.value(thankYou) - before.value(thankYou)).isEqualTo(1);
        assertThat(after.value(STEPS_DONE) - before.value(STEPS_DONE)).isEqualTo(1);

        patchStep(id, "SEND_THANK_YOU", "PENDING", 200);
        patchStep(id, "SEND_THANK_YOU", "DONE", 200);
        assertThat(scrape().value(thankYou) - after.value(thankYou))
                .as("reopened, then done again")
                .isEqualTo(1);
    }

    @Test
    void aStepChangeThatIsRefusedCountsNothing() {
        String id = create(null);
        Scrape before = scrape();
        Api.as(owner)
                .contentType("application/json")
                .header("If-Match", "\"99\"")
                .body(Map.of("status", "DONE"))
                .when()
                .patch("/v1/rejections/" + id + "/plan/SEND_THANK_YOU")
                .then()
                .statusCode(412);
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of(
                        "status",
                        "DONE",
                        "doneOn",
                        Samples.todayUtc().plusDays(3).toString()))
                .when()
                .patch("/v1/rejections/" + id + "/plan/SEND_THANK_YOU")
                .then()
                .statusCode(400);
        assertThat(scrape().value(STEPS_DONE)).isEqualTo(before.value(STEPS_DONE));
    }

    @Test
    void feedbackAndReflectionCountTheStepsTheyMarkDone() {
        String id = create(null);
        String feedback = STEPS_DONE + "{action=\"REQUEST_FEEDBACK\"";
        String reflect = STEPS_DONE + "{action=\"REFLECT\"";
        Scrape before = scrape();
        FollowThrough.feedback(owner, id, "Go deeper on partitioning.");
        FollowThrough.reflection(owner, id, "TECHNICAL_DEPTH");
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("answers", List.of(), "lettingGo", true))
                .when()
                .put("/v1/rejections/" + id + "/reflection")
                .then()
                .statusCode(200);
        Scrape after = scrape();
        assertThat(after.value(feedback) - before.value(feedback)).isEqualTo(1);
        assertThat(after.value(reflect) - before.value(reflect))
                .as("replacing the reflection counts nothing")
                .isEqualTo(1);
        assertThat(after.value(STEPS_DONE) - before.value(STEPS_DONE)).isEqualTo(2);
    }

    @Test
    void httpRequestsAreTimedByRouteTemplateNeverByRawPath() {
        String id = create(null);
        String other = UUID.randomUUID().toString();
        Api.as(owner).when().get("/v1/rejections/" + id).then().statusCode(200);
        Api.as(owner).when().get("/v1/rejections/" + other).then().statusCode(404);
        Api.anonymous().when().get("/v1/rejections/" + other).then().statusCode(401);
        // Answered before or without a matching resource method: 405, 415 and 413.
        Api.as(owner)
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/v1/rejections/" + other + "/feedback")
                .then()
                .statusCode(405);
        given().auth()
                .oauth2(TestTokens.tokenFor(owner))
                .body("{}".getBytes())
                .when()
                .patch("/v1/rejections/" + other)
                .then()
                .statusCode(415);
        given().auth()
                .oauth2(TestTokens.tokenFor(owner))
                .contentType("application/json")
                .body(new byte[300 * 1024])
                .when()
                .post("/v1/rejections/" + other + "/reflection")
                .then()
                .statusCode(413);
        given().when().get("/feeds/" + other + "-not-a-feed.ics").then().statusCode(404);
        given().contentType("application/json")
                .body(new byte[300 * 1024])
                .when()
                .post("/v1/nowhere/" + other)
                .then()
                .statusCode(413);

        Scrape metrics = scrape();
        assertThat(metrics.has("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/v1/rejections/{id}\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.has("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                        + "status=\"404\",uri=\"/v1/rejections/{id}\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.has("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\","
                        + "status=\"405\",uri=\"/v1/rejections/{id}/feedback\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.has("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                        + "status=\"404\",uri=\"/feeds/{token}.ics\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.has("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\","
                        + "status=\"413\",uri=\"/UNMATCHED\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.text()).doesNotContain(id).doesNotContain(other);
    }

    @Test
    void reportsTheConnectionPool() {
        Scrape metrics = scrape();
        assertThat(metrics.has("agroal_active_count{datasource=\"default\""))
                .as(metrics.text())
                .isTrue();
        assertThat(metrics.has("agroal_max_used_count{datasource=\"default\"")).isTrue();
        assertThat(metrics.has("agroal_awaiting_count{datasource=\"default\"")).isTrue();
    }

    /** Prometheus text: sums the samples whose series starts with the given name and labels. */
    record Scrape(String text) {

        boolean has(String series) {
            return text.lines().anyMatch(line -> !line.startsWith("#") && line.startsWith(series));
        }

        double value(String series) {
            String prefix = series.contains("{") ? series : null;
            return text.lines()
                    .filter(line -> !line.startsWith("#"))
                    .filter(line -> prefix != null
                            ? line.startsWith(prefix)
                            : line.startsWith(series + "{") || line.startsWith(series + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        }
    }
}
