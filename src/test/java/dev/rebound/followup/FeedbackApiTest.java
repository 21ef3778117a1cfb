package dev.rebound.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackApiTest extends AttachedDocumentApiTest {

    private LocalDate rejectedOn;

    @BeforeEach
    void readRejectedOn() {
        rejectedOn = LocalDate.parse((String) record().get("rejectedOn"));
    }

    @Override
    String kind() {
        return "feedback";
    }

    @Override
    Map<String, Object> aDocument(String text) {
        return feedback(null, text, null);
    }

    @Override
    String textField() {
        return "summary";
    }

    @Override
    String notFoundDetail() {
        return "No feedback is recorded for rejection ";
    }

    @Override
    void assertRecordUntouched() {
        assertThat(step(record(), "REQUEST_FEEDBACK").get("status")).isEqualTo("PENDING");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> record, String action) {
        return ((List<Map<String, Object>>) record.get("plan"))
                .stream()
                        .filter(step -> action.equals(step.get("action")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + action + " in " + record.get("plan")));
    }

    private static Map<String, Object> feedback(String receivedOn, String summary, List<String> points) {
        Map<String, Object> body = new HashMap<>();
        if (receivedOn != null) {
            body.put("receivedOn", receivedOn);
        }
        body.put("summary", summary);
        body.put("points", points);
        return body;
    }

    private Map<String, Object> someFeedback() {
        return feedback(
                rejectedOn.plusDays(1).toString(),
                "They went with someone who knew Flink.",
                List.of("Go deeper on streaming", "Shorter answers"));
    }

    // --- create, read, replace, delete ---------------------------------------------------------

    @Test
    void firstPutCreatesWithLocationAndETagZero() {
        Response created = put(someFeedback())
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .body("receivedOn", equalTo(rejectedOn.plusDays(1).toString()))
                .body("summary", equalTo("They went with someone who knew Flink."))
                .body("points", equalTo(List.of("Go deeper on streaming", "Shorter answers")))
                .body("version", equalTo(0))
                .extract()
                .response();
        assertThat(created.header("Location")).endsWith(url());
        assertThat(Instant.parse(created.path("createdAt"))).isEqualTo(Instant.parse(created.path("updatedAt")));

        Response read = get().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .extract()
                .response();
        assertThat(read.jsonPath().getMap("")).isEqualTo(created.jsonPath().getMap(""));
    }

    @Test
    void secondPutReplacesWholeAndMovesTheETagOn() {
        Map<String, Object> first =
                put(someFeedback()).statusCode(201).extract().jsonPath().getMap("");

        Response replaced = put(feedback(null, null, List.of("Only this point")))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .header("Location", nullValue())
                .body("summary", nullValue())
                .body("points", equalTo(List.of("Only this point")))
                .body("receivedOn", equalTo(Samples.todayUtc().toString()))
                .body("version", equalTo(1))
                .extract()
                .response();
        assertThat((String) replaced.path("createdAt")).isEqualTo(first.get("createdAt"));
        assertThat(Instant.parse(replaced.path("updatedAt"))).isAfter(Instant.parse((String) first.get("createdAt")));

        get().statusCode(200)
                .header("ETag", "\"1\"")
                .body("summary", nullValue())
                .body("points", equalTo(List.of("Only this point")));
    }

    @Test
    void omittedPointsAreStoredAsAnEmptyList() {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "Not a culture fit, they said.");
        put(body).statusCode(201).body("points", equalTo(List.of()));
        get().body("points", equalTo(List.of()));
    }

    @Test
    void keepsThePointsInTheOrderSent() {
        List<String> points = List.of("zeta", "alpha", "Mitte", "alpha again", "🚀 launch");
        put(feedback(null, null, points)).statusCode(201);
        get().body("points", equalTo(points));
    }

    @Test
    void deleteRemovesItAndAGetThenIsNotFound() {
        put(someFeedback()).statusCode(201);
        Api.as(owner).when().delete(url()).then().statusCode(204);
        get().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("status", equalTo(404));
        Api.as(owner).when().delete(url()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void putAfterDeleteCreatesAnew() {
        put(someFeedback()).statusCode(201);
        put(someFeedback()).statusCode(200).header("ETag", "\"1\"");
        Api.as(owner).when().delete(url()).then().statusCode(204);
        put(someFeedback()).statusCode(201).header("ETag", "\"0\"");
    }

    @Test
    void deletingTheRecordDeletesItsFeedback() {
        put(someFeedback()).statusCode(201);
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(204);
        get().statusCode(404);
        put(someFeedback()).statusCode(404);
    }

    // --- the plan and the record ---------------------------------------------------------------

    @Test
    void marksAPendingRequestDoneOnTheDayTheFeedbackCameAndMovesTheRecordOn() {
        Map<String, Object> before = record();
        assertThat(before.get("status")).isEqualTo("NEW");
        assertThat(step(before, "REQUEST_FEEDBACK").get("status")).isEqualTo("PENDING");

        String receivedOn = rejectedOn.plusDays(1).toString();
        put(feedback(receivedOn, "Useful.", null)).statusCode(201);

        Map<String, Object> after = record();
        Map<String, Object> request = step(after, "REQUEST_FEEDBACK");
        assertThat(request.get("status")).isEqualTo("DONE");
        assertThat(request.get("doneOn")).isEqualTo(receivedOn);
        assertThat(request.get("snoozedUntil")).isNull();
        assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
        assertThat((Integer) after.get("version")).isGreaterThan((Integer) before.get("version"));
        assertThat(Instant.parse((String) after.get("updatedAt")))
                .isAfter(Instant.parse((String) before.get("updatedAt")));
        // Only that step changed.
        assertThat(step(after, "SEND_THANK_YOU")).isEqualTo(step(before, "SEND_THANK_YOU"));
        assertThat(step(after, "REFLECT")).isEqualTo(step(before, "REFLECT"));
        Api.as(owner).when().get("/v1/rejections/" + id).then().header("ETag", "\"" + after.get("version") + "\"");
    }

    @Test
    void defaultsTheRequestsDoneOnToTodayWhenReceivedOnIsLeftOut() {
        put(feedback(null, "Useful.", null))
                .statusCode(201)
                .body("receivedOn", equalTo(Samples.todayUtc().toString()));
        assertThat(step(record(), "REQUEST_FEEDBACK").get("doneOn"))
                .isEqualTo(Samples.todayUtc().toString());
    }

    @Test
    void anExplicitNullReceivedOnAlsoMeansToday() {
        Map<String, Object> body = feedback(null, "Useful.", null);
        body.put("receivedOn", null);
        put(body).statusCode(201).body("receivedOn", equalTo(Samples.todayUtc().toString()));
    }

    @Test
    void keepsAReflectedRecordReflected() {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("lettingGo", true))
                .when()
                .put("/v1/rejections/" + id + "/reflection")
                .then()
                .statusCode(201);
        assertThat(record().get("status")).isEqualTo("REFLECTED");

        put(someFeedback()).statusCode(201);

        Map<String, Object> after = record();
        assertThat(step(after, "REQUEST_FEEDBACK").get("status")).isEqualTo("DONE");
        assertThat(after.get("status")).isEqualTo("REFLECTED");
    }

    @Test
    void closesTheRecordWhenTheRequestWasTheLastOpenStep() {
        for (String action : List.of("SEND_THANK_YOU", "CONNECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS")) {
            Api.as(owner)
                    .contentType("application/json")
                    .body(Map.of("status", "SKIPPED"))
                    .when()
                    .patch("/v1/rejections/" + id + "/plan/" + action)
                    .then()
                    .statusCode(200);
        }
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("lettingGo", true))
                .when()
                .put("/v1/rejections/" + id + "/reflection")
                .then()
                .statusCode(201);
        assertThat(record().get("status")).isEqualTo("REFLECTED");

        put(someFeedback()).statusCode(201);

        assertThat(record().get("status")).isEqualTo("CLOSED");
    }

    @Test
    void concurrentFirstPutsCreateOnceAndReplaceInTurn() throws Exception {
        int writers = 8;
        int recordVersion = (Integer) record().get("version");
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> pending = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> body = feedback(null, "writer " + i, null);
                pending.add(pool.submit(() -> Api.as(owner)
                        .contentType("application/json")
                        .body(body)
                        .when()
                        .put(url())
                        .statusCode()));
            }
            for (Future<Integer> status : pending) {
                statuses.add(status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        get().statusCode(200).header("ETag", "\"" + (writers - 1) + "\"");
        // Only the first PUT found the request open.
        assertThat(record().get("version")).isEqualTo(recordVersion + 1);
    }

    @Test
    void marksASnoozedRequestDoneAndClearsTheSnooze() {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of(
                        "status",
                        "SNOOZED",
                        "snoozedUntil",
                        Samples.todayUtc().plusDays(5).toString()))
                .when()
                .patch("/v1/rejections/" + id + "/plan/REQUEST_FEEDBACK")
                .then()
                .statusCode(200)
                .body("status", equalTo("SNOOZED"));

        put(feedback(rejectedOn.toString(), "Useful.", null)).statusCode(201);

        Map<String, Object> request = step(record(), "REQUEST_FEEDBACK");
        assertThat(request.get("status")).isEqualTo("DONE");
        assertThat(request.get("doneOn")).isEqualTo(rejectedOn.toString());
        assertThat(request.get("snoozedUntil")).isNull();
    }

    @Test
    void leavesASkippedRequestSkippedAndTheRecordAsItWas() {
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("status", "SKIPPED"))
                .when()
                .patch("/v1/rejections/" + id + "/plan/REQUEST_FEEDBACK")
                .then()
                .statusCode(200);
        Map<String, Object> before = record();

        put(someFeedback()).statusCode(201);

        Map<String, Object> after = record();
        assertThat(step(after, "REQUEST_FEEDBACK").get("status")).isEqualTo("SKIPPED");
        assertThat(step(after, "REQUEST_FEEDBACK").get("doneOn")).isNull();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void keepsTheDoneOnOfARequestAlreadyDone() {
        String sentOn = rejectedOn.plusDays(1).toString();
        Api.as(owner)
                .contentType("application/json")
                .body(Map.of("status", "DONE", "doneOn", sentOn))
                .when()
                .patch("/v1/rejections/" + id + "/plan/REQUEST_FEEDBACK")
                .then()
                .statusCode(200);
        Map<String, Object> before = record();

        put(feedback(Samples.todayUtc().toString(), "Came back today.", null)).statusCode(201);

        assertThat(record()).isEqualTo(before);
        assertThat(step(before, "REQUEST_FEEDBACK").get("doneOn")).isEqualTo(sentOn);
    }

    @Test
    void replacingTheFeedbackDoesNotMoveTheRequestsDoneOn() {
        String first = rejectedOn.toString();
        put(feedback(first, "First.", null)).statusCode(201);
        Map<String, Object> before = record();

        put(feedback(Samples.todayUtc().toString(), "Second.", null)).statusCode(200);

        assertThat(step(record(), "REQUEST_FEEDBACK").get("doneOn")).isEqualTo(first);
        assertThat(record()).isEqualTo(before);
    }

    @Test
    void deletingTheFeedbackLeavesThePlanAsItIs() {
        put(someFeedback()).statusCode(201);
        Map<String, Object> before = record();
        Api.as(owner).when().delete(url()).then().statusCode(204);
        assertThat(record()).isEqualTo(before);
    }

    @Test
    void isAcceptedOnARecordWhosePlanHasNoFeedbackRequest() {
        // Ghosted: asking for feedback is not advised, so the plan has no REQUEST_FEEDBACK step.
        String ghosted = FollowThrough.create(owner, Samples.with(Samples.minimal(), "notifiedVia", "NO_RESPONSE"));
        Map<String, Object> before = Api.as(owner)
                .when()
                .get("/v1/rejections/" + ghosted)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(before.get("plan").toString()).doesNotContain("REQUEST_FEEDBACK");

        Api.as(owner)
                .contentType("application/json")
                .body(someFeedback())
                .when()
                .put(url(ghosted))
                .then()
                .statusCode(201);

        assertThat(Api.as(owner)
                        .when()
                        .get("/v1/rejections/" + ghosted)
                        .then()
                        .extract()
                        .jsonPath()
                        .getMap(""))
                .isEqualTo(before);
    }

    // --- dates ---------------------------------------------------------------------------------

    @Test
    void acceptsReceivedOnEqualToRejectedOn() {
        put(feedback(rejectedOn.toString(), "Same day.", null))
                .statusCode(201)
                .body("receivedOn", equalTo(rejectedOn.toString()));
    }

    @Test
    void acceptsReceivedOnToday() {
        put(feedback(Samples.todayUtc().toString(), "Today.", null)).statusCode(201);
    }

    @Test
    void refusesReceivedOnBeforeTheRejection() {
        put(feedback(rejectedOn.minusDays(1).toString(), "Too early.", null))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", equalTo(List.of("receivedOn")));
        get().statusCode(404);
        assertThat(step(record(), "REQUEST_FEEDBACK").get("status")).isEqualTo("PENDING");
    }

    @Test
    void refusesReceivedOnInTheFuture() {
        put(feedback(Samples.todayUtc().plusDays(1).toString(), "Tomorrow.", null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("receivedOn")));
        get().statusCode(404);
    }

    @Test
    void refusesADateThatIsNotAnIsoDate() {
        for (String date : List.of("2026-02-30", "yesterday", "01/02/2026", "2026-1-5")) {
            put(feedback(date, "Some text.", null))
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("receivedOn")));
        }
        Map<String, Object> body = feedback(null, "Some text.", null);
        body.put("receivedOn", 20260101);
        put(body).statusCode(400).body("errors.field", equalTo(List.of("receivedOn")));
    }

    @Test
    void judgesTheFutureAndTheDefaultInTheTokensTimeZone() {
        // Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC-11).
        LocalDate todayInKiritimati = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        String ahead = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Kiritimati")
                .sign(TestTokens.privateKey());
        String behind = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Pago_Pago")
                .sign(TestTokens.privateKey());

        put(Api.withToken(behind), feedback(todayInKiritimati.toString(), "From the future.", null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("receivedOn")));
        put(Api.withToken(ahead), feedback(todayInKiritimati.toString(), "Fine over there.", null))
                .statusCode(201);
        put(Api.withToken(ahead), feedback(null, "Defaulted.", null))
                .statusCode(200)
                .body("receivedOn", equalTo(todayInKiritimati.toString()));
    }

    // --- content -------------------------------------------------------------------------------

    @Test
    void requiresASummaryOrPoints() {
        for (Map<String, Object> empty : List.of(
                feedback(null, null, null),
                feedback(null, "", List.of()),
                feedback(null, " \n\t ", null),
                feedback(null, "\u00A0", List.of()))) {
            put(empty)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("summary")));
        }
        put(Map.of()).statusCode(400).body("errors.field", equalTo(List.of("summary")));
        get().statusCode(404);
    }

    @Test
    void acceptsTextAtTheLimitsCountingCodePoints() {
        List<String> points = new ArrayList<>(Collections.nCopies(19, "p"));
        points.add("😀".repeat(500));
        put(feedback(null, "😀".repeat(5000), points)).statusCode(201);
        Map<String, Object> stored = get().statusCode(200).extract().jsonPath().getMap("");
        assertThat((String) stored.get("summary")).isEqualTo("😀".repeat(5000));
        assertThat((List<?>) stored.get("points")).hasSize(20).last().isEqualTo("😀".repeat(500));
    }

    @Test
    void refusesTextOverTheLimits() {
        put(feedback(null, "x".repeat(5001), null)).statusCode(400).body("errors.field", equalTo(List.of("summary")));
        put(feedback(null, "ok", List.of("fine", "x".repeat(501))))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("points[1]")));
        put(feedback(null, "ok", Collections.nCopies(21, "point")))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("points")));
        get().statusCode(404);
    }

    @Test
    void refusesBlankEmptyAndNullPoints() {
        put(feedback(null, "ok", java.util.Arrays.asList("fine", "", "  ", null)))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("points[1]", "points[2]", "points[3]"));
        get().statusCode(404);
    }

    @Test
    void refusesUnknownMembersEvenWhenNull() {
        Map<String, Object> body = someFeedback();
        body.put("rating", null);
        body.put("version", 3);
        put(body).statusCode(400).body("errors.field", containsInAnyOrder("rating", "version"));
        get().statusCode(404);
    }

    @Test
    void refusesWrongTypes() {
        put("{\"summary\":\"ok\",\"points\":\"just one\"}").statusCode(400).body("errors.field", hasItem("points"));
        put("{\"summary\":\"ok\",\"points\":[1,2]}").statusCode(400);
        put("{\"summary\":[\"a\"]}").statusCode(400).body("errors.field", hasItem("summary"));
        get().statusCode(404);
    }

    @Test
    void refusesTextThatCannotBeStored() {
        put("{\"summary\":\"nul \\u0000 inside\"}").statusCode(400).body("errors.field", equalTo(List.of("summary")));
        put("{\"points\":[\"half \\ud83d surrogate\"]}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("points[0]")));
        get().statusCode(404);
    }

    // --- preconditions -------------------------------------------------------------------------

    // --- who may, and HTTP ---------------------------------------------------------------------

}
