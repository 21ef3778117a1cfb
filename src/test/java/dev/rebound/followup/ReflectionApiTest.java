package dev.rebound.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.api.model.ImprovementArea;
import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReflectionApiTest extends AttachedDocumentApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final List<String> EVERY_OTHER_STEP =
            List.of("SEND_THANK_YOU", "REQUEST_FEEDBACK", "CONNECT", "CHECK_NEW_OPENINGS", "REAPPLY_WINDOW_OPENS");

    @Override
    String kind() {
        return "reflection";
    }

    /** A reflection with only lessons: valid for any record. */
    @Override
    Map<String, Object> aDocument(String text) {
        return reflection(null, text, null, null);
    }

    @Override
    String textField() {
        return "lessons";
    }

    @Override
    String notFoundDetail() {
        return "No reflection is saved for rejection ";
    }

    @Override
    void assertRecordUntouched() {
        Map<String, Object> record = record();
        assertThat(record.get("status")).isEqualTo("NEW");
        assertThat(step(record, "REFLECT").get("status")).isEqualTo("PENDING");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> record, String action) {
        return ((List<Map<String, Object>>) record.get("plan"))
                .stream()
                        .filter(step -> action.equals(step.get("action")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + action + " in " + record.get("plan")));
    }

    private List<String> offeredKeys() {
        return Api.as(owner)
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("reflectionPrompts.key", String.class);
    }

    private void changeStep(String action, Map<String, Object> update) {
        Api.as(owner)
                .contentType("application/json")
                .body(update)
                .when()
                .patch("/v1/rejections/" + id + "/plan/" + action)
                .then()
                .statusCode(200)
                .body("status", equalTo(update.get("status")));
    }

    private static Map<String, Object> answer(String promptKey, String text) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("promptKey", promptKey);
        answer.put("answer", text);
        return answer;
    }

    private static Map<String, Object> reflection(List<?> answers, String lessons, List<?> areas, Object lettingGo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        body.put("lessons", lessons);
        body.put("improvementAreas", areas);
        body.put("lettingGo", lettingGo);
        return body;
    }

    private static Map<String, Object> answersOnly(Map<?, ?>... answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", List.of(answers));
        return body;
    }

    private static Map<String, Object> someReflection() {
        return reflection(
                List.of(
                        answer("let-go.move-on", "It was their call, not a verdict on me."),
                        answer("answers.examples", "My stories lacked numbers.")),
                "Prepare two quantified stories.",
                List.of("EXAMPLES_AND_STORIES"),
                true);
    }

    // --- round trip ----------------------------------------------------------------------------

    @Test
    void offersThePromptsTheTestsRelyOn() {
        assertThat(offeredKeys())
                .contains("preparation.research", "answers.examples", "let-go.move-on")
                .doesNotContain("application.resume");
    }

    @Test
    void firstPutCreatesItMarksReflectDoneAndTheRecordReflected() {
        Map<String, Object> before = record();
        assertThat(before.get("status")).isEqualTo("NEW");
        assertThat(step(before, "REFLECT").get("status")).isEqualTo("PENDING");
        String today = Samples.todayUtc().toString();

        List<Map<String, Object>> answers = List.of(
                answer("let-go.move-on", "It was their call."),
                answer("preparation.research", "I skimmed their engineering blog only."),
                answer("answers.examples", "Two of my examples had no outcome."));
        Map<String, Object> sent = reflection(
                answers,
                "Quantify outcomes; read the blog properly.",
                List.of("TECHNICAL_DEPTH", "PREPARATION", "EXAMPLES_AND_STORIES"),
                true);
        Response created = put(sent)
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .body("answers", equalTo(answers))
                .body("lessons", equalTo("Quantify outcomes; read the blog properly."))
                .body("improvementAreas", equalTo(List.of("TECHNICAL_DEPTH", "PREPARATION", "EXAMPLES_AND_STORIES")))
                .body("lettingGo", equalTo(true))
                .body("reflectedOn", equalTo(today))
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

        Map<String, Object> after = record();
        assertThat(after.get("status")).isEqualTo("REFLECTED");
        assertThat(step(after, "REFLECT").get("status")).isEqualTo("DONE");
        assertThat(step(after, "REFLECT").get("doneOn")).isEqualTo(today);
        assertThat(step(after, "REQUEST_FEEDBACK")).isEqualTo(step(before, "REQUEST_FEEDBACK"));
        assertThat((Integer) after.get("version")).isGreaterThan((Integer) before.get("version"));
        Api.as(owner).when().get("/v1/rejections/" + id).then().header("ETag", "\"" + after.get("version") + "\"");
    }

    @Test
    void aMinimalReflectionHasEmptyListsAndLettingGoFalse() {
        put(Map.of())
                .statusCode(201)
                .body("answers", equalTo(List.of()))
                .body("lessons", nullValue())
                .body("improvementAreas", equalTo(List.of()))
                .body("lettingGo", equalTo(false));
        put(reflection(null, null, null, null))
                .statusCode(200)
                .body("answers", equalTo(List.of()))
                .body("improvementAreas", equalTo(List.of()))
                .body("lettingGo", equalTo(false));
        assertThat(record().get("status")).isEqualTo("REFLECTED");
    }

    @Test
    void secondPutReplacesWholeKeepsReflectedOnAndLeavesTheRecordAlone() {
        Map<String, Object> first =
                put(someReflection()).statusCode(201).extract().jsonPath().getMap("");
        Map<String, Object> recordBefore = record();

        Map<String, Object> second = put(reflection(
                        List.of(answer("preparation.research", "Read more.")),
                        null,
                        List.of("NOTHING_TO_CHANGE"),
                        false))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .header("Location", nullValue())
                .body("answers", equalTo(List.of(answer("preparation.research", "Read more."))))
                .body("lessons", nullValue())
                .body("improvementAreas", equalTo(List.of("NOTHING_TO_CHANGE")))
                .body("lettingGo", equalTo(false))
                .body("version", equalTo(1))
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(second.get("reflectedOn")).isEqualTo(first.get("reflectedOn"));
        assertThat(second.get("createdAt")).isEqualTo(first.get("createdAt"));
        assertThat(Instant.parse((String) second.get("updatedAt")))
                .isAfter(Instant.parse((String) first.get("updatedAt")));
        assertThat(get().statusCode(200)
                        .header("ETag", "\"1\"")
                        .extract()
                        .jsonPath()
                        .getMap(""))
                .isEqualTo(second);
        // REFLECT was already done and the record already REFLECTED: nothing about the record changes.
        assertThat(record()).isEqualTo(recordBefore);
    }

    @Test
    void laterSavesKeepTheDayOfTheFirstSave() {
        // Kiritimati (UTC+14) and Pago Pago (UTC-11) never share a calendar day.
        LocalDate kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        String ahead = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Kiritimati")
                .sign(TestTokens.privateKey());
        String behind = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Pago_Pago")
                .sign(TestTokens.privateKey());

        put(Api.withToken(ahead), someReflection())
                .statusCode(201)
                .body("reflectedOn", equalTo(kiritimatiToday.toString()));
        put(Api.withToken(behind), someReflection())
                .statusCode(200)
                .body("reflectedOn", equalTo(kiritimatiToday.toString()));
        get().body("reflectedOn", equalTo(kiritimatiToday.toString()));
        assertThat(step(record(), "REFLECT").get("doneOn")).isEqualTo(kiritimatiToday.toString());
    }

    @Test
    void reflectedOnIsNeverBeforeTheRejection() {
        // Rejected "today" in Kiritimati, reflected on from Pago Pago, where that day has not begun.
        String ahead = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Kiritimati")
                .sign(TestTokens.privateKey());
        String behind = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Pago_Pago")
                .sign(TestTokens.privateKey());
        String kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();
        String late = Api.withToken(ahead)
                .contentType("application/json")
                .body(Samples.with(Samples.minimal(), "rejectedOn", kiritimatiToday))
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Api.withToken(behind)
                .contentType("application/json")
                .body(someReflection())
                .when()
                .put(url(late))
                .then()
                .statusCode(201)
                .body("reflectedOn", equalTo(kiritimatiToday));
        Map<String, Object> record = Api.as(owner)
                .when()
                .get("/v1/rejections/" + late)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(step(record, "REFLECT").get("doneOn")).isEqualTo(kiritimatiToday);
    }

    @Test
    void keepsTheDoneOnOfAReflectStepAlreadyDone() {
        String rejectedOn = (String) record().get("rejectedOn");
        changeStep("REFLECT", Map.of("status", "DONE", "doneOn", rejectedOn));
        assertThat(record().get("status")).isEqualTo("IN_PROGRESS");

        put(someReflection())
                .statusCode(201)
                .body("reflectedOn", equalTo(Samples.todayUtc().toString()));

        Map<String, Object> after = record();
        assertThat(step(after, "REFLECT").get("doneOn")).isEqualTo(rejectedOn);
        assertThat(after.get("status")).isEqualTo("REFLECTED");
    }

    @Test
    void marksASkippedOrSnoozedReflectStepDone() {
        changeStep("REFLECT", Map.of("status", "SKIPPED"));
        put(someReflection()).statusCode(201);
        Map<String, Object> reflect = step(record(), "REFLECT");
        assertThat(reflect.get("status")).isEqualTo("DONE");
        assertThat(reflect.get("doneOn")).isEqualTo(Samples.todayUtc().toString());

        changeStep(
                "REFLECT",
                Map.of(
                        "status",
                        "SNOOZED",
                        "snoozedUntil",
                        Samples.todayUtc().plusDays(3).toString()));
        assertThat(record().get("status")).isEqualTo("REFLECTED");
        put(someReflection()).statusCode(200);
        reflect = step(record(), "REFLECT");
        assertThat(reflect.get("status")).isEqualTo("DONE");
        assertThat(reflect.get("snoozedUntil")).isNull();
        assertThat(reflect.get("doneOn")).isEqualTo(Samples.todayUtc().toString());
    }

    @Test
    void closesTheRecordWhenEveryOtherStepIsSettled() {
        for (String action : EVERY_OTHER_STEP) {
            changeStep(action, Map.of("status", "SKIPPED"));
        }
        Map<String, Object> before = record();
        assertThat(before.get("status")).isEqualTo("IN_PROGRESS");

        put(someReflection()).statusCode(201);

        Map<String, Object> after = record();
        assertThat(after.get("status")).isEqualTo("CLOSED");
        assertThat(step(after, "REFLECT").get("status")).isEqualTo("DONE");
        assertThat((Integer) after.get("version")).isGreaterThan((Integer) before.get("version"));

        // Every step is still settled without the reflection: the record stays closed.
        Api.as(owner).when().delete(url()).then().statusCode(204);
        assertThat(record().get("status")).isEqualTo("CLOSED");
    }

    @Test
    void deleteRemovesItAndTheRecordIsNoLongerReflected() {
        put(someReflection()).statusCode(201);
        Map<String, Object> reflected = record();
        assertThat(reflected.get("status")).isEqualTo("REFLECTED");

        Api.as(owner).when().delete(url()).then().statusCode(204);

        get().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        Map<String, Object> after = record();
        assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(step(after, "REFLECT")).isEqualTo(step(reflected, "REFLECT"));
        assertThat((Integer) after.get("version")).isGreaterThan((Integer) reflected.get("version"));
        Api.as(owner).when().delete(url()).then().statusCode(404).contentType("application/problem+json");

        put(someReflection()).statusCode(201).header("ETag", "\"0\"");
        assertThat(record().get("status")).isEqualTo("REFLECTED");
    }

    @Test
    void theRecordListFiltersOnTheDerivedStatus() {
        put(someReflection()).statusCode(201);
        Api.as(owner)
                .queryParam("status", "REFLECTED")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        Api.as(owner).when().delete(url()).then().statusCode(204);
        Api.as(owner)
                .queryParam("status", "REFLECTED")
                .when()
                .get("/v1/rejections")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
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
                Map<String, Object> body = reflection(null, "writer " + i, null, null);
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
        Map<String, Object> after = record();
        assertThat(after.get("status")).isEqualTo("REFLECTED");
        // Only the first PUT changed the plan and status.
        assertThat(after.get("version")).isEqualTo(recordVersion + 1);
    }

    // --- prompts follow the record -------------------------------------------------------------

    @Test
    void acceptsOnlyThePromptsTheRecordIsOfferedNow() {
        put(answersOnly(answer("answers.examples", "Before the change."))).statusCode(201);

        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{\"stageReached\":\"APPLIED\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        List<String> offered = offeredKeys();
        assertThat(offered).doesNotContain("answers.examples").contains("application.resume");

        put(answersOnly(answer("let-go.move-on", "Fine."), answer("answers.examples", "No longer asked.")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("answers[1].promptKey")));
        // What was stored before still reads back as it was.
        get().statusCode(200)
                .header("ETag", "\"0\"")
                .body("answers", equalTo(List.of(answer("answers.examples", "Before the change."))));

        put(answersOnly(answer("application.resume", "Tailor the summary."))).statusCode(200);
    }

    @Test
    void acceptsAnAnswerToEveryOfferedPrompt() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String key : offeredKeys()) {
            answers.add(answer(key, "About " + key + "."));
        }
        put(Map.of("answers", answers)).statusCode(201).body("answers", equalTo(answers));
    }

    @Test
    void refusesAKeyThatIsNotOffered() {
        put(answersOnly(
                        answer("preparation.research", "ok"),
                        answer("application.resume", "not offered"),
                        answer("no.such-prompt", "invented")))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[1].promptKey", "answers[2].promptKey")));
        get().statusCode(404);
        assertThat(record().get("status")).isEqualTo("NEW");
    }

    @Test
    void refusesARepeatedKey() {
        put(answersOnly(
                        answer("answers.examples", "one"),
                        answer("let-go.move-on", "two"),
                        answer("answers.examples", "three")))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[2].promptKey")));
        get().statusCode(404);
    }

    @Test
    void refusesARepeatedArea() {
        put(reflection(null, null, List.of("FIT", "ANSWERS", "FIT"), null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("improvementAreas[2]")));
        get().statusCode(404);
    }

    @Test
    void acceptsEveryAreaOnce() {
        List<String> every =
                Arrays.stream(ImprovementArea.values()).map(Enum::name).toList();
        put(reflection(null, null, every, null)).statusCode(201).body("improvementAreas", equalTo(every));
    }

    @Test
    void refusesAnAreaThatDoesNotExist() {
        put(reflection(null, null, List.of("FIT", "CONFIDENCE", "fit"), null))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("improvementAreas[1]", "improvementAreas[2]"));
        put(reflection(null, null, Arrays.asList("FIT", null), null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("improvementAreas[1]")));
        get().statusCode(404);
    }

    @Test
    void refusesBadAnswers() {
        Map<String, Object> noKey = new HashMap<>();
        noKey.put("answer", "text");
        Map<String, Object> noText = new HashMap<>();
        noText.put("promptKey", "preparation.research");
        put(Map.of("answers", List.of(noKey, noText, answer("let-go.move-on", "  \n "))))
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("answers[0].promptKey", "answers[1].answer", "answers[2].answer"));
        put(Map.of("answers", List.of(answer("let-go.move-on", ""))))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[0].answer")));
        put(Map.of("answers", Arrays.asList(answer("let-go.move-on", "ok"), null)))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[1]")));
        put("{\"answers\":[\"just text\"]}").statusCode(400).body("errors.field", equalTo(List.of("answers[0]")));
        put("{\"answers\":{\"let-go.move-on\":\"a map\"}}").statusCode(400).body("errors.field", hasItem("answers"));
        get().statusCode(404);
    }

    @Test
    void refusesUnknownMembersAtEveryLevel() {
        Map<String, Object> body = someReflection();
        body.put("mood", null);
        put(body).statusCode(400).body("errors.field", equalTo(List.of("mood")));
        Map<String, Object> extra = answer("let-go.move-on", "ok");
        extra.put("rating", 5);
        put(Map.of("answers", List.of(extra)))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[0].rating")));
        get().statusCode(404);
    }

    @Test
    void refusesALettingGoThatIsNotABoolean() {
        put(reflection(null, null, null, "yes")).statusCode(400).body("errors.field", equalTo(List.of("lettingGo")));
        put(reflection(null, null, null, 1)).statusCode(400).body("errors.field", equalTo(List.of("lettingGo")));
        get().statusCode(404);
    }

    @Test
    void acceptsTextAtTheLimitsCountingCodePoints() {
        String answer = "😀".repeat(5000);
        put(reflection(List.of(answer("let-go.move-on", answer)), "é".repeat(5000), null, true))
                .statusCode(201);
        Map<String, Object> stored = get().statusCode(200).extract().jsonPath().getMap("");
        assertThat((String) stored.get("lessons")).isEqualTo("é".repeat(5000));
        assertThat(stored.get("answers")).isEqualTo(List.of(answer("let-go.move-on", answer)));
    }

    @Test
    void refusesTextOverTheLimits() {
        put(reflection(List.of(answer("let-go.move-on", "x".repeat(5001))), null, null, null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[0].answer")));
        put(reflection(null, "x".repeat(5001), null, null))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("lessons")));
        get().statusCode(404);
    }

    @Test
    void refusesTextThatCannotBeStored() {
        // jsonb cannot hold U+0000: it must be refused as a 400, never reach the database.
        put("{\"answers\":[{\"promptKey\":\"let-go.move-on\",\"answer\":\"nul \\u0000 here\"}]}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers[0].answer")));
        put("{\"lessons\":\"half \\udc00 surrogate\"}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("lessons")));
        get().statusCode(404);
    }

    // --- preconditions -------------------------------------------------------------------------

    // --- who may, and HTTP ---------------------------------------------------------------------

}
