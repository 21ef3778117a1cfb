package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stored plan of a record: its steps and dates, changing one step, the derived status, history on create. */
@QuarkusTest
class PlanTrackingTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PROBLEM = "application/problem+json";

    /** A Friday: the steps due on the next business day fall on Monday, the one after on Tuesday. */
    private static final String FRIDAY = "2024-03-01";

    private static final List<String> ALL_ACTIONS = List.of(
            "SEND_THANK_YOU", "CONNECT", "REQUEST_FEEDBACK", "REFLECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS");

    private final String owner = TestTokens.newOwner();

    // --- helpers ------------------------------------------------------------------------------

    /** A record the owner spoke with the company about (feedback recommended), rejected on the Friday. */
    private static Map<String, Object> rejectedOnFriday() {
        Map<String, Object> body = Samples.minimal();
        body.put("rejectedOn", FRIDAY);
        return body;
    }

    private Response createResponse(String who, Map<String, Object> body) {
        return Api.as(who)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .response();
    }

    private String create(Map<String, Object> body) {
        return createResponse(owner, body).path("id");
    }

    private Map<String, Object> read(String id) {
        return Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private String etagOf(String id) {
        return Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static ValidatableResponse changeStep(RequestSpecification request, String id, String action, Object body) {
        return request.contentType("application/json")
                .body(body)
                .when()
                .patch("/v1/rejections/" + id + "/plan/" + action)
                .then();
    }

    private ValidatableResponse changeStep(String id, String action, Object body) {
        return changeStep(Api.as(owner), id, action, body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> stepsByAction(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("plan"))
                .stream()
                        .collect(Collectors.toMap(
                                step -> (String) step.get("action"),
                                Function.identity(),
                                (a, b) -> {
                                    throw new AssertionError("action listed twice: " + a);
                                },
                                LinkedHashMap::new));
    }

    private static Map<String, Object> step(
            String action, String due, String status, String doneOn, String snoozedUntil) {
        Map<String, Object> step = new HashMap<>();
        step.put("action", action);
        step.put("due", due);
        step.put("status", status);
        step.put("doneOn", doneOn);
        step.put("snoozedUntil", snoozedUntil);
        return step;
    }

    private static Map<String, Object> pending(String action, String due) {
        return step(action, due, "PENDING", null, null);
    }

    private static String tokenInZone(String subject, String zone) {
        return TestTokens.claimsFor(subject).claim("zoneinfo", zone).sign(TestTokens.privateKey());
    }

    private static long version(Map<String, Object> record) {
        return ((Number) record.get("version")).longValue();
    }

    /** Asserts a 400 problem that names exactly the given fields, each once, and that the record did not change. */
    private void assertRefused(String id, String action, String body, String... fields) {
        assertThat(refusal(id, action, body)).as("fields named for " + body).containsExactlyInAnyOrder(fields);
    }

    /**
     * As {@link #assertRefused} but only checks which fields are named, not how often: unknown members are
     * currently named twice (see {@link #namesEachUnknownMemberOnce}).
     */
    private void assertRefusedNaming(String id, String action, String body, String... fields) {
        assertThat(refusal(id, action, body).stream().distinct().toList())
                .as("fields named for " + body)
                .containsExactlyInAnyOrder(fields);
    }

    private List<String> refusal(String id, String action, String body) {
        Map<String, Object> before = read(id);
        List<String> named = changeStep(id, action, body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/validation-failed"))
                .extract()
                .jsonPath()
                .getList("errors.field", String.class);
        assertThat(read(id))
                .as("a refused change leaves the record alone: " + body)
                .isEqualTo(before);
        return named;
    }

    // --- the plan stored on create ------------------------------------------------------------

    @Test
    void storesThePlanOnCreateWithDatesCountedFromRejectedOn() {
        List<Map<String, Object>> expected = List.of(
                pending("SEND_THANK_YOU", "2024-03-04"),
                pending("CONNECT", "2024-03-04"),
                pending("REQUEST_FEEDBACK", "2024-03-05"),
                pending("REFLECT", "2024-03-08"),
                pending("CHECK_NEW_OPENINGS", "2024-06-01"),
                pending("REAPPLY_WINDOW_OPENS", "2024-09-01"));

        Response created = createResponse(owner, rejectedOnFriday());
        assertThat(created.jsonPath().getString("status")).isEqualTo("NEW");
        assertThat(created.jsonPath().getList("plan")).isEqualTo(expected);

        Map<String, Object> read = read(created.path("id"));
        assertThat(read.get("status")).isEqualTo("NEW");
        assertThat(read.get("plan")).as("the plan is stored, soonest first").isEqualTo(expected);
    }

    @Test
    void aGhostedRecordHasNoFeedbackStepToChange() {
        Map<String, Object> body = rejectedOnFriday();
        body.put("notifiedVia", "NO_RESPONSE");
        String id = create(body);

        Map<String, Object> record = read(id);
        assertThat(stepsByAction(record))
                .containsOnlyKeys("SEND_THANK_YOU", "CONNECT", "REFLECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS");

        changeStep(id, "REQUEST_FEEDBACK", "{\"status\":\"DONE\"}")
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
        assertThat(read(id)).isEqualTo(record);
    }

    @Test
    void anActionThatDoesNotExistIsNotFound() {
        String id = create(rejectedOnFriday());
        Map<String, Object> record = read(id);
        for (String action : List.of("FOO", "send_thank_you")) {
            changeStep(id, action, "{\"status\":\"DONE\"}")
                    .statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", endsWith("/not-found"));
        }
        assertThat(read(id)).isEqualTo(record);
    }

    // --- changing a step ----------------------------------------------------------------------

    @Test
    void doneDefaultsToTodayInTheTokensZoneAndMovesTheRecordOn() {
        String id = create(rejectedOnFriday());
        // UTC+14 and UTC-11 are always on different calendar days, so a zone that is ignored shows.
        ZoneId ahead = ZoneId.of("Pacific/Kiritimati");
        ZoneId behind = ZoneId.of("Pacific/Pago_Pago");

        LocalDate beforeAhead = LocalDate.now(ahead);
        Response first = changeStep(
                        Api.withToken(tokenInZone(owner, ahead.getId())), id, "SEND_THANK_YOU", "{\"status\":\"DONE\"}")
                .statusCode(200)
                .contentType("application/json")
                .body("action", equalTo("SEND_THANK_YOU"))
                .body("due", equalTo("2024-03-04"))
                .body("status", equalTo("DONE"))
                .body("snoozedUntil", nullValue())
                .extract()
                .response();
        LocalDate afterAhead = LocalDate.now(ahead);
        assertThat(LocalDate.parse(first.path("doneOn"))).isIn(beforeAhead, afterAhead);

        Map<String, Object> afterFirst = read(id);
        assertThat(afterFirst.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(version(afterFirst)).isEqualTo(1);
        assertThat(first.header("ETag")).isEqualTo("\"1\"").isEqualTo(etagOf(id));
        assertThat(stepsByAction(afterFirst).get("SEND_THANK_YOU"))
                .as("the answer is the step as stored")
                .isEqualTo(first.jsonPath().getMap(""));

        LocalDate beforeBehind = LocalDate.now(behind);
        Response second = changeStep(
                        Api.withToken(tokenInZone(owner, behind.getId())), id, "CONNECT", "{\"status\":\"DONE\"}")
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .extract()
                .response();
        LocalDate afterBehind = LocalDate.now(behind);
        assertThat(LocalDate.parse(second.path("doneOn"))).isIn(beforeBehind, afterBehind);
        assertThat(second.header("ETag")).isEqualTo("\"2\"").isEqualTo(etagOf(id));

        Map<String, Object> afterSecond = read(id);
        assertThat(version(afterSecond)).isEqualTo(2);
        assertThat(afterSecond.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(stepsByAction(afterSecond).get("CONNECT").get("doneOn")).isEqualTo(second.path("doneOn"));
        assertThat(stepsByAction(afterSecond).get("SEND_THANK_YOU").get("doneOn"))
                .isEqualTo(first.path("doneOn"));
        assertThat(afterSecond.get("updatedAt")).isNotEqualTo(afterFirst.get("updatedAt"));
    }

    @Test
    void doneKeepsAGivenDateFromRejectedOnOnwards() {
        String id = create(rejectedOnFriday());
        changeStep(id, "REFLECT", "{\"status\":\"DONE\",\"doneOn\":\"" + FRIDAY + "\"}")
                .statusCode(200)
                .body("doneOn", equalTo(FRIDAY))
                .body("due", equalTo("2024-03-08"));
        assertThat(stepsByAction(read(id)).get("REFLECT"))
                .isEqualTo(step("REFLECT", "2024-03-08", "DONE", FRIDAY, null));
    }

    @Test
    void acceptsMergePatchJsonAndRefusesOtherMediaTypes() {
        String id = create(rejectedOnFriday());
        Api.as(owner)
                .contentType("text/plain")
                .body("{\"status\":\"SKIPPED\"}")
                .when()
                .patch("/v1/rejections/" + id + "/plan/CONNECT")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", endsWith("/unsupported-media-type"));
        assertThat(version(read(id))).isZero();

        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"status\":\"SKIPPED\"}")
                .when()
                .patch("/v1/rejections/" + id + "/plan/CONNECT")
                .then()
                .statusCode(200)
                .body("status", equalTo("SKIPPED"));
        assertThat(stepsByAction(read(id)).get("CONNECT").get("status")).isEqualTo("SKIPPED");
    }

    @Test
    void snoozingSetsTheDateAndGoingBackToPendingClearsIt() {
        String id = create(rejectedOnFriday());
        String until = Samples.todayUtc().plusDays(7).toString();

        changeStep(id, "REQUEST_FEEDBACK", Map.of("status", "SNOOZED", "snoozedUntil", until))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SNOOZED"))
                .body("snoozedUntil", equalTo(until))
                .body("doneOn", nullValue())
                .body("due", equalTo("2024-03-05"));
        Map<String, Object> snoozed = read(id);
        assertThat(stepsByAction(snoozed).get("REQUEST_FEEDBACK"))
                .isEqualTo(step("REQUEST_FEEDBACK", "2024-03-05", "SNOOZED", null, until));
        assertThat(snoozed.get("status")).as("snoozing is not progress").isEqualTo("NEW");

        changeStep(id, "REQUEST_FEEDBACK", "{\"status\":\"PENDING\"}")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("PENDING"))
                .body("snoozedUntil", nullValue())
                .body("doneOn", nullValue());
        Map<String, Object> reopened = read(id);
        assertThat(stepsByAction(reopened).get("REQUEST_FEEDBACK"))
                .isEqualTo(pending("REQUEST_FEEDBACK", "2024-03-05"));
        assertThat(reopened.get("status")).isEqualTo("NEW");
        assertThat(version(reopened)).isEqualTo(2);
    }

    @Test
    void backToPendingAfterDoneReopensTheRecord() {
        String id = create(rejectedOnFriday());
        changeStep(id, "REFLECT", "{\"status\":\"DONE\"}").statusCode(200);
        assertThat(read(id).get("status")).isEqualTo("IN_PROGRESS");

        changeStep(id, "REFLECT", "{\"status\":\"PENDING\"}").statusCode(200).body("doneOn", nullValue());
        Map<String, Object> record = read(id);
        assertThat(record.get("status")).isEqualTo("NEW");
        assertThat(stepsByAction(record).get("REFLECT")).isEqualTo(pending("REFLECT", "2024-03-08"));
    }

    @Test
    void skippingEveryStepClosesTheRecordAndTheListFiltersOnStatus() {
        String closed = create(rejectedOnFriday());
        String untouched = create(rejectedOnFriday());
        String started = create(rejectedOnFriday());
        changeStep(started, "CONNECT", "{\"status\":\"SKIPPED\"}").statusCode(200);

        for (int i = 0; i < ALL_ACTIONS.size(); i++) {
            changeStep(closed, ALL_ACTIONS.get(i), "{\"status\":\"SKIPPED\"}")
                    .statusCode(200)
                    .body("status", equalTo("SKIPPED"));
            Map<String, Object> record = read(closed);
            boolean last = i == ALL_ACTIONS.size() - 1;
            assertThat(record.get("status"))
                    .as("after skipping %d of %d steps", i + 1, ALL_ACTIONS.size())
                    .isEqualTo(last ? "CLOSED" : "IN_PROGRESS");
            assertThat(version(record)).isEqualTo(i + 1);
        }

        Api.as(owner)
                .queryParam("status", "CLOSED")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(closed)))
                .body("items[0].status", equalTo("CLOSED"))
                .body("totalItems", equalTo(1));
        Api.as(owner)
                .queryParam("status", "NEW")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(untouched)))
                .body("totalItems", equalTo(1));
        Api.as(owner)
                .queryParam("status", "IN_PROGRESS")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(started)));
        Api.as(owner)
                .queryParam("status", "REFLECTED")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("totalItems", equalTo(0));
        Api.as(owner)
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(closed, untouched, started));
    }

    @Test
    void aBadStatusFilterIsRefusedNamingIt() {
        create(rejectedOnFriday());
        for (String bad : List.of("DONE", "closed", "ANY")) {
            Api.as(owner)
                    .queryParam("status", bad)
                    .when()
                    .get("/v1/rejections")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("status")));
        }
    }

    @Test
    void changingRejectedOnMovesOnlyPendingSteps() {
        String id = create(rejectedOnFriday());
        String until = Samples.todayUtc().plusDays(10).toString();
        changeStep(id, "SEND_THANK_YOU", "{\"status\":\"DONE\",\"doneOn\":\"2024-03-04\"}")
                .statusCode(200);
        changeStep(id, "CONNECT", "{\"status\":\"SKIPPED\"}").statusCode(200);
        changeStep(id, "REFLECT", Map.of("status", "SNOOZED", "snoozedUntil", until))
                .statusCode(200);

        // Two days earlier, a Wednesday in a leap year.
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"rejectedOn\":\"2024-02-28\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"");

        Map<String, Map<String, Object>> steps = stepsByAction(read(id));
        assertThat(steps.get("SEND_THANK_YOU"))
                .as("done keeps its due")
                .isEqualTo(step("SEND_THANK_YOU", "2024-03-04", "DONE", "2024-03-04", null));
        assertThat(steps.get("CONNECT"))
                .as("skipped keeps its due")
                .isEqualTo(step("CONNECT", "2024-03-04", "SKIPPED", null, null));
        assertThat(steps.get("REFLECT"))
                .as("snoozed keeps its due")
                .isEqualTo(step("REFLECT", "2024-03-08", "SNOOZED", null, until));
        assertThat(steps.get("REQUEST_FEEDBACK")).isEqualTo(pending("REQUEST_FEEDBACK", "2024-03-01"));
        assertThat(steps.get("CHECK_NEW_OPENINGS")).isEqualTo(pending("CHECK_NEW_OPENINGS", "2024-05-28"));
        assertThat(steps.get("REAPPLY_WINDOW_OPENS")).isEqualTo(pending("REAPPLY_WINDOW_OPENS", "2024-08-28"));
    }

    @Test
    void rejectedOnCannotMovePastTheDayAStepWasDone() {
        String id = create(rejectedOnFriday());
        changeStep(id, "SEND_THANK_YOU", "{\"status\":\"DONE\",\"doneOn\":\"2024-03-04\"}")
                .statusCode(200);

        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"rejectedOn\":\"2024-03-05\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("rejectedOn"));
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"rejectedOn\":\"2024-03-04\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .body("rejectedOn", equalTo("2024-03-04"));
    }

    @Test
    void aPatchThatKeepsRejectedOnLeavesTheDuesAlone() {
        String id = create(rejectedOnFriday());
        List<?> plan = (List<?>) read(id).get("plan");
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"notes\":\"called back\",\"rejectedOn\":\"" + FRIDAY + "\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        assertThat(read(id).get("plan")).isEqualTo(plan);
    }

    // --- preconditions and versions -----------------------------------------------------------

    @Test
    void ifMatchComparesTheRecordsETag() {
        String id = create(rejectedOnFriday());
        Map<String, Object> before = read(id);

        changeStep(Api.as(owner).header("If-Match", "\"5\""), id, "CONNECT", "{\"status\":\"DONE\"}")
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", endsWith("/precondition-failed"));
        assertThat(read(id)).isEqualTo(before);

        changeStep(Api.as(owner).header("If-Match", "\"0\""), id, "CONNECT", "{\"status\":\"DONE\"}")
                .statusCode(200)
                .header("ETag", "\"1\"");

        // The record's own PATCH moves the same ETag, so a step change based on an older read is refused.
        String afterRecordPatch = Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"notes\":\"x\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(afterRecordPatch).isEqualTo("\"2\"");
        changeStep(Api.as(owner).header("If-Match", "\"1\""), id, "REFLECT", "{\"status\":\"SKIPPED\"}")
                .statusCode(412);
        assertThat(stepsByAction(read(id)).get("REFLECT").get("status")).isEqualTo("PENDING");
        changeStep(Api.as(owner).header("If-Match", afterRecordPatch), id, "REFLECT", "{\"status\":\"SKIPPED\"}")
                .statusCode(200)
                .header("ETag", "\"3\"");
        assertThat(etagOf(id)).isEqualTo("\"3\"");
    }

    @Test
    void aChangeThatLeavesTheStepAsItWasKeepsTheVersion() {
        String id = create(rejectedOnFriday());
        Map<String, Object> original = read(id);
        changeStep(id, "CONNECT", "{\"status\":\"PENDING\"}")
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PENDING"));
        assertThat(read(id)).isEqualTo(original);

        changeStep(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"2024-03-05\"}")
                .statusCode(200)
                .header("ETag", "\"1\"");
        Map<String, Object> done = read(id);
        changeStep(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"2024-03-05\"}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("doneOn", equalTo("2024-03-05"));
        assertThat(read(id)).as("updatedAt and version stay").isEqualTo(done);

        changeStep(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"2024-03-06\"}")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("doneOn", equalTo("2024-03-06"));
    }

    // --- bad requests -------------------------------------------------------------------------

    @Test
    void badBodiesAreRefusedNamingTheField() {
        String id = create(rejectedOnFriday());
        String today = Samples.todayUtc().toString();
        String inTwoDays = Samples.todayUtc().plusDays(2).toString();

        assertRefusedNaming(id, "CONNECT", "{\"status\":\"DONE\",\"bogus\":1}", "bogus");
        assertRefusedNaming(id, "CONNECT", "{\"status\":\"DONE\",\"note\":null}", "note");
        assertRefused(id, "CONNECT", "{\"status\":5}", "status");
        assertRefused(id, "CONNECT", "{\"status\":\"FINISHED\"}", "status");
        assertRefused(id, "CONNECT", "{\"status\":\"done\"}", "status");
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":20240304}", "doneOn");
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"yesterday\"}", "doneOn");
        assertRefused(id, "CONNECT", "{\"status\":\"SNOOZED\",\"snoozedUntil\":true}", "snoozedUntil");
        assertRefused(id, "CONNECT", "{}", "status");
        assertRefused(id, "CONNECT", "{\"status\":null}", "status");
        assertRefused(id, "CONNECT", "{\"doneOn\":\"" + FRIDAY + "\"}", "status");
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"" + inTwoDays + "\"}", "doneOn");
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"doneOn\":\"2024-02-29\"}", "doneOn");
        assertRefused(id, "CONNECT", "{\"status\":\"SNOOZED\",\"snoozedUntil\":\"" + today + "\"}", "snoozedUntil");
        assertRefused(id, "CONNECT", "{\"status\":\"SNOOZED\"}", "snoozedUntil");
        assertRefused(id, "CONNECT", "{\"status\":\"SKIPPED\",\"doneOn\":\"" + FRIDAY + "\"}", "doneOn");
        assertRefused(id, "CONNECT", "{\"status\":\"PENDING\",\"snoozedUntil\":\"" + inTwoDays + "\"}", "snoozedUntil");
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"snoozedUntil\":\"" + inTwoDays + "\"}", "snoozedUntil");
        assertRefused(
                id,
                "CONNECT",
                "{\"status\":\"SKIPPED\",\"doneOn\":\"" + FRIDAY + "\",\"snoozedUntil\":\"" + inTwoDays + "\"}",
                "doneOn",
                "snoozedUntil");
        assertRefusedNaming(
                id, "CONNECT", "{\"status\":\"BAD\",\"doneOn\":\"x\",\"extra\":1}", "status", "doneOn", "extra");
    }

    @Test
    void namesEachUnknownMemberOnce() {
        String id = create(rejectedOnFriday());
        assertRefused(id, "CONNECT", "{\"status\":\"DONE\",\"bogus\":1}", "bogus");
        assertRefused(id, "CONNECT", "{\"status\":\"BAD\",\"doneOn\":\"x\",\"extra\":1}", "status", "doneOn", "extra");
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreRefused() {
        String id = create(rejectedOnFriday());
        Map<String, Object> before = read(id);
        for (String body : List.of("[]", "\"DONE\"", "not json", "{\"status\":\"DONE\"")) {
            changeStep(id, "CONNECT", body).statusCode(400).contentType(PROBLEM);
        }
        assertThat(read(id)).isEqualTo(before);
    }

    // --- ownership ----------------------------------------------------------------------------

    @Test
    void anotherOwnersRecordIsNotFound() {
        String id = create(rejectedOnFriday());
        Map<String, Object> before = read(id);
        String stranger = TestTokens.newOwner();

        changeStep(Api.as(stranger), id, "CONNECT", "{\"status\":\"DONE\"}")
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
        // Even with the right ETag and a body that would be invalid: nothing about the record leaks.
        changeStep(Api.as(stranger).header("If-Match", "\"0\""), id, "CONNECT", "{\"status\":\"SNOOZED\"}")
                .statusCode(404);
        changeStep(Api.as(stranger), id, "FOO", "{\"status\":\"DONE\"}").statusCode(404);
        assertThat(read(id)).isEqualTo(before);

        changeStep(id, "CONNECT", "{\"status\":\"DONE\"}").statusCode(200);
        changeStep(Api.as(owner), "7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b", "CONNECT", "{\"status\":\"DONE\"}")
                .statusCode(404)
                .contentType(PROBLEM);
    }

    // --- history on create --------------------------------------------------------------------

    @Test
    void createTellsHowOftenTheSameCompanyRejectedTheOwnerBefore() {
        Map<String, Object> first = Samples.minimal();
        first.put("company", "Acme Corp");
        first.put("rejectedOn", "2026-01-15");
        createResponse(owner, first)
                .then()
                .body("history.priorRejectionsAtCompany", equalTo(0))
                .body("history.lastRejectedOn", nullValue());

        Map<String, Object> second = Samples.minimal();
        second.put("company", "ACME corp");
        second.put("rejectedOn", "2025-11-03");
        createResponse(owner, second)
                .then()
                .body("history.priorRejectionsAtCompany", equalTo(1))
                .body("history.lastRejectedOn", equalTo("2026-01-15"));

        // The latest rejectedOn, not the latest created.
        Map<String, Object> third = Samples.minimal();
        third.put("company", "acme CORP");
        createResponse(owner, third)
                .then()
                .body("history.priorRejectionsAtCompany", equalTo(2))
                .body("history.lastRejectedOn", equalTo("2026-01-15"));

        // Another company, and another owner's records, do not count.
        Map<String, Object> other = Samples.minimal();
        other.put("company", "Acme Corporation");
        createResponse(owner, other)
                .then()
                .body("history.priorRejectionsAtCompany", equalTo(0))
                .body("history.lastRejectedOn", nullValue());
        createResponse(TestTokens.newOwner(), first)
                .then()
                .body("history.priorRejectionsAtCompany", equalTo(0))
                .body("history.lastRejectedOn", nullValue());
    }
}
