package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RejectionCrudTest {

    private final String owner = TestTokens.newOwner();

    static String create(String owner, Map<String, Object> body) {
        return Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void createsRejectionWithEveryFieldAndReturnsItWithLocation() {
        Map<String, Object> body = Samples.full();
        Response response = Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("company", equalTo("Nordlicht Analytics"))
                .body("role", equalTo("Senior Data Engineer"))
                .body("stageReached", equalTo("FINAL_INTERVIEW"))
                .body("interviewRound", equalTo(3))
                .body("interviewFormat", equalTo("VIDEO"))
                .body("notifiedVia", equalTo("EMAIL"))
                .body("rejectedOn", equalTo(body.get("rejectedOn")))
                .body("appliedOn", equalTo(body.get("appliedOn")))
                .body("reason", equalTo("PREFERRED_ANOTHER_CANDIDATE"))
                .body("contact.name", equalTo("María José Peña"))
                .body("contact.title", equalTo("Engineering Manager"))
                .body("contact.email", equalTo("mj.pena@nordlicht.example"))
                .body("internalCandidate", equalTo(false))
                .body("jobPostingUrl", equalTo("https://careers.nordlicht.example/jobs/4711"))
                .body("selfAssessment", equalTo(4))
                .body("tags", equalTo(List.of("remote", "data")))
                .body("version", equalTo(0))
                .extract()
                .response();

        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/v1/rejections/" + id);
        assertThat(Instant.parse(response.path("createdAt"))).isEqualTo(Instant.parse(response.path("updatedAt")));

        Map<String, Object> created =
                new java.util.HashMap<>(response.jsonPath().getMap(""));
        assertThat(created.remove("suggestions"))
                .as("suggestions come with the create answer")
                .isNotNull();
        assertThat(created.remove("history"))
                .as("history comes with the create answer")
                .isNotNull();
        Map<String, Object> read = Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void appliesDefaultsAndReturnsOptionalFieldsAsNull() {
        Api.as(owner)
                .contentType("application/json")
                .body(Samples.minimal())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .body("interviewFormat", equalTo("NONE"))
                .body("reason", equalTo("NOT_GIVEN"))
                .body("internalCandidate", equalTo(false))
                .body("tags", equalTo(List.of()))
                .body("$", hasKey("interviewRound"))
                .body("interviewRound", nullValue())
                .body("$", hasKey("appliedOn"))
                .body("appliedOn", nullValue())
                .body("$", hasKey("reasonDetail"))
                .body("reasonDetail", nullValue())
                .body("$", hasKey("contact"))
                .body("contact", nullValue())
                .body("$", hasKey("jobPostingUrl"))
                .body("jobPostingUrl", nullValue())
                .body("$", hasKey("selfAssessment"))
                .body("selfAssessment", nullValue())
                .body("$", hasKey("notes"))
                .body("notes", nullValue());
    }

    @Test
    void storesUnicodeAndHostileStringsVerbatim() {
        Map<String, Object> body = Samples.minimal();
        body.put("company", "Ünïcödé 🚀 שלום Café\u0301 O'Brien & Sons");
        body.put("role", "Robert'); DROP TABLE rejection;-- {name} ${x} {#if}");
        body.put("notes", "日本語のメモ 🤝");
        // Tags travel as a PostgreSQL array: quotes, commas, braces, backslashes and the word NULL stay text.
        body.put("tags", List.of("a,b", "{x}", "say \"hi\"", "back\\slash", "NULL", " spaced "));
        String id = create(owner, body);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .body("company", equalTo(body.get("company")))
                .body("role", equalTo(body.get("role")))
                .body("notes", equalTo(body.get("notes")))
                .body("tags", equalTo(body.get("tags")));
    }

    @Test
    void deletesRejectionThenAnswersNotFound() {
        String id = create(owner, Samples.minimal());
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(204);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(404);
    }

    @Test
    void deletesForAClientThatAcceptsOnlyProblemJson() {
        String id = create(owner, Samples.minimal());
        Api.as(owner)
                .accept("application/problem+json")
                .when()
                .delete("/v1/rejections/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void answersNotFoundForUnknownId() {
        Api.as(owner)
                .when()
                .get("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void rejectsMalformedIdWithBadRequest() {
        for (String badId : List.of("not-a-uuid", "123", "7d3f2a8e1b4c4e5f9a6b0c1d2e3f4a5b")) {
            Api.as(owner)
                    .when()
                    .get("/v1/rejections/" + badId)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"));
            Api.as(owner).when().delete("/v1/rejections/" + badId).then().statusCode(400);
            Api.as(owner)
                    .contentType("application/merge-patch+json")
                    .body("{}")
                    .when()
                    .patch("/v1/rejections/" + badId)
                    .then()
                    .statusCode(400);
        }
    }
}
