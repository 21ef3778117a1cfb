package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RejectionPatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final String owner = TestTokens.newOwner();
    private String id;
    private Map<String, Object> original;

    @BeforeEach
    void createRecord() {
        id = RejectionCrudTest.create(owner, Samples.full());
        original = read();
    }

    private Map<String, Object> read() {
        return Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private io.restassured.response.ValidatableResponse patch(String body) {
        return Api.as(owner)
                .contentType(MERGE_PATCH)
                .body(body)
                .when()
                .patch("/v1/rejections/" + id)
                .then();
    }

    @Test
    void changesOnlyTheFieldsSentAndBumpsVersion() {
        Map<String, Object> patched = patch("{\"stageReached\":\"REFERENCE_CHECK\",\"notes\":\"Asked for feedback.\"}")
                .statusCode(200)
                .body("stageReached", equalTo("REFERENCE_CHECK"))
                .body("notes", equalTo("Asked for feedback."))
                .body("version", equalTo(1))
                .extract()
                .jsonPath()
                .getMap("");

        assertThat(patched)
                .usingRecursiveComparison()
                .ignoringFields("stageReached", "notes", "version", "updatedAt")
                .isEqualTo(original);
        assertThat(Instant.parse((String) patched.get("updatedAt")))
                .isAfter(Instant.parse((String) original.get("updatedAt")));
        assertThat(read()).isEqualTo(patched);
    }

    @Test
    void emptyPatchChangesNothing() {
        patch("{}").statusCode(200);
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void nullClearsOptionalFieldsAndRestoresDefaults() {
        patch("{\"notes\":null,\"appliedOn\":null,\"selfAssessment\":null,\"reason\":null,"
                        + "\"interviewFormat\":null,\"internalCandidate\":null,\"tags\":null,\"contact\":null}")
                .statusCode(200)
                .body("notes", nullValue())
                .body("appliedOn", nullValue())
                .body("selfAssessment", nullValue())
                .body("reason", equalTo("NOT_GIVEN"))
                .body("interviewFormat", equalTo("NONE"))
                .body("internalCandidate", equalTo(false))
                .body("tags", equalTo(List.of()))
                .body("contact", nullValue());
    }

    @Test
    void mergesContactMemberByMember() {
        patch("{\"contact\":{\"email\":\"recruiting@nordlicht.example\",\"title\":null}}")
                .statusCode(200)
                .body("contact.name", equalTo("María José Peña"))
                .body("contact.title", nullValue())
                .body("contact.email", equalTo("recruiting@nordlicht.example"));
    }

    @Test
    void replacesTagsWhole() {
        patch("{\"tags\":[\"fintech\"]}").statusCode(200).body("tags", equalTo(List.of("fintech")));
    }

    @Test
    void refusesToClearRequiredFields() {
        patch("{\"company\":null,\"role\":null,\"stageReached\":null,\"notifiedVia\":null,\"rejectedOn\":null}")
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("company", "role", "stageReached", "notifiedVia", "rejectedOn"));
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void refusesReadOnlyFields() {
        patch("{\"id\":\"0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10\",\"version\":9,\"createdAt\":null,\"updatedAt\":\"x\"}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("id", "version", "createdAt", "updatedAt"));
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void validatesTheMergedRecordAsOnCreate() {
        patch("{\"appliedOn\":\"2099-01-01\",\"contact\":{\"email\":\"nope\"},\"unknown\":1,\"interviewRound\":\"x\"}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("appliedOn", "contact.email", "unknown", "interviewRound"));
        patch("{\"rejectedOn\":\"" + Samples.todayUtc().plusDays(1) + "\"}")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("rejectedOn")));
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void refusesUnknownMembersEvenWhenNull() {
        patch("{\"bogus\":null,\"contact\":{\"nickname\":null}}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("bogus", "contact.nickname"));
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void keepsVersionWhenAPatchOnlyRestatesDefaults() {
        patch("{\"internalCandidate\":null,\"reason\":\"PREFERRED_ANOTHER_CANDIDATE\",\"tags\":[\"remote\",\"data\"]}")
                .statusCode(200)
                .body("version", equalTo(0));
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void appliesConcurrentPatchesOneAfterAnotherWithoutLosingAny() throws Exception {
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String notes = "writer " + i;
                statuses.add(pool.submit(() -> Api.as(owner)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("notes", notes))
                        .when()
                        .patch("/v1/rejections/" + id)
                        .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> after = read();
        assertThat(after.get("version")).isEqualTo(writers);
        assertThat((String) after.get("notes")).startsWith("writer ");
    }

    @Test
    void doesNotRejudgeAStoredDateAgainstAnotherTimeZone() {
        // Saved as "today" by someone in UTC+14, which may still be tomorrow in UTC.
        String ahead = TestTokens.claimsFor(owner)
                .claim("zoneinfo", "Pacific/Kiritimati")
                .sign(TestTokens.privateKey());
        String todayThere = java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"))
                .toString();
        Api.withToken(ahead)
                .contentType(MERGE_PATCH)
                .body(Map.of("rejectedOn", todayThere))
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        patch("{\"notes\":\"edited from a UTC token\"}").statusCode(200).body("rejectedOn", equalTo(todayThere));
    }

    @Test
    void requiresMergePatchMediaType() {
        Api.as(owner)
                .contentType("application/json")
                .body("{\"notes\":\"x\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void rejectsPatchThatIsNotAnObject() {
        patch("[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"x\"}]").statusCode(400);
        patch("not json").statusCode(400);
        assertThat(read()).isEqualTo(original);
    }

    @Test
    void answersNotFoundForUnknownRecord() {
        Api.as(owner)
                .contentType(MERGE_PATCH)
                .body("{}")
                .when()
                .patch("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b")
                .then()
                .statusCode(404);
    }
}
