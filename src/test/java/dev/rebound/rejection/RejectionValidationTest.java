package dev.rebound.rejection;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class RejectionValidationTest {

    private final String owner = TestTokens.newOwner();

    @AfterEach
    void nothingWasStored() {
        Api.as(owner).when().get("/v1/rejections").then().statusCode(200).body("totalItems", equalTo(0));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                invalid("company", null),
                invalid("company", ""),
                invalid("company", "   "),
                invalid("company", "x".repeat(201)),
                invalid("company", 123),
                invalid("role", null),
                invalid("role", "r".repeat(201)),
                invalid("stageReached", null),
                invalid("stageReached", "HIRED"),
                invalid("stageReached", "final_interview"),
                invalid("interviewRound", 0),
                invalid("interviewRound", 21),
                invalid("interviewRound", "2"),
                invalid("interviewRound", 2.5),
                invalid("interviewRound", new java.math.BigInteger("99999999999999999999")),
                invalid("interviewFormat", "ZOOM"),
                invalid("notifiedVia", null),
                invalid("notifiedVia", "CARRIER_PIGEON"),
                invalid("rejectedOn", null),
                invalid("rejectedOn", "2026-02-30"),
                invalid("rejectedOn", "25/11/2026"),
                invalid("rejectedOn", Samples.todayUtc().plusDays(2).toString()),
                invalid("appliedOn", "yesterday"),
                invalid("appliedOn", "2026-10-01T10:00:00"),
                invalid("appliedOn", "2026-10-01T10:00:00Z"),
                invalid("rejectedOn", List.of(2026, 11, 1)),
                invalid("rejectedOn", "+10000-01-01"),
                invalid("reason", "BAD_LUCK"),
                invalid("reasonDetail", "d".repeat(2001)),
                invalid("internalCandidate", "yes"),
                invalid("jobPostingUrl", "ftp://jobs.example/1"),
                invalid("jobPostingUrl", "not a url"),
                invalid("jobPostingUrl", "https://jobs.example/" + "p".repeat(2040)),
                invalid("selfAssessment", 0),
                invalid("selfAssessment", 6),
                invalid("notes", "n".repeat(20001)),
                invalid("notes", "nul\u0000inside"),
                invalid("tags", "remote"),
                invalid("tags", List.of("a", "a")),
                invalid("tags", List.of("ok", "t".repeat(51))),
                invalid(
                        "tags",
                        java.util.stream.IntStream.range(0, 21)
                                .mapToObj(i -> "tag" + i)
                                .toList()),
                invalid("contact", "María"),
                invalid("unexpected", "field"),
                invalid("id", "0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10"),
                invalid("createdAt", "2026-01-01T00:00:00Z"),
                invalid("version", 7));
    }

    private static Arguments invalid(String field, Object value) {
        return Arguments.of(field, value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidBodies")
    void rejectsInvalidFieldNamingIt(String field, Object value) {
        Map<String, Object> body = Samples.full();
        body.put(field, value);
        String expectedField =
                field.equals("tags") && value instanceof List<?> list && list.size() == 2 ? "tags[1]" : field;
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rebound.dev/problems/validation-failed"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", startsWith("urn:uuid:"))
                .body("errors.field", hasItem(expectedField));
    }

    @Test
    void namesNestedContactField() {
        Map<String, Object> body = Samples.full();
        body.put("contact", Map.of("email", "not-an-email"));
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("contact.email")));
    }

    @Test
    void namesEveryBadMemberAndElementAtOnce() {
        Map<String, Object> body = Samples.full();
        Map<String, Object> contact = new HashMap<>();
        contact.put("email", "bad");
        contact.put("nickname", "MJ");
        body.put("contact", contact);
        body.put("tags", List.of("ok", 1, "t".repeat(51)));
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("contact.email", "contact.nickname", "tags[1]", "tags[2]"));
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnce() {
        Api.as(owner)
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("company", "role", "stageReached", "notifiedVia", "rejectedOn"));
    }

    @Test
    void reportsTypeErrorsAndRuleErrorsTogether() {
        Map<String, Object> body = Samples.full();
        body.put("stageReached", "NOPE");
        body.put("selfAssessment", 9);
        body.put("appliedOn", Samples.todayUtc().toString());
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("stageReached", "selfAssessment", "appliedOn"));
    }

    @Test
    void rejectsAppliedOnAfterRejectedOn() {
        Map<String, Object> body = Samples.minimal();
        body.put("rejectedOn", "2026-03-10");
        body.put("appliedOn", "2026-03-11");
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("appliedOn")));
    }

    @Test
    void rejectsLoneSurrogateInText() {
        String json = "{\"company\":\"Bad \\ud800 text\",\"role\":\"Dev\",\"stageReached\":\"APPLIED\","
                + "\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"2026-01-05\"}";
        Api.as(owner)
                .contentType("application/json")
                .body(json)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("company")));
    }

    @Test
    void countsLengthInCodePoints() {
        Map<String, Object> body = Samples.minimal();
        body.put("company", "🚀".repeat(200));
        String id = Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(owner).when().delete("/v1/rejections/" + id).then().statusCode(204);
    }

    @Test
    void judgesTodayInTheTokensTimeZone() {
        // Kiritimati (UTC+14) is often a day ahead of UTC: its today is valid there even when UTC's date is earlier.
        ZoneId ahead = ZoneId.of("Pacific/Kiritimati");
        LocalDate todayThere = LocalDate.now(ahead);
        String token =
                TestTokens.claimsFor(owner).claim("zoneinfo", ahead.getId()).sign(TestTokens.privateKey());
        Map<String, Object> body = Samples.minimal();
        body.put("rejectedOn", todayThere.toString());
        String id = Api.withToken(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.withToken(token).when().delete("/v1/rejections/" + id).then().statusCode(204);

        body.put("rejectedOn", todayThere.plusDays(1).toString());
        Api.withToken(token)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("rejectedOn")));
    }

    @Test
    void rejectsMalformedJson() {
        for (String json : List.of(
                "{\"company\":",
                "not json",
                "[]",
                "\"text\"",
                "{\"a\":1} trailing",
                "{\"company\":\"a\",\"company\":\"b\"}")) {
            Api.as(owner)
                    .contentType("application/json")
                    .body(json)
                    .when()
                    .post("/v1/rejections")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://rebound.dev/problems/malformed-body"))
                    .body("errors.field", equalTo(List.of("body")))
                    .body("detail", not(org.hamcrest.Matchers.containsString("com.fasterxml")));
        }
    }

    @Test
    void describesJsonProblemsWithoutNamingInternals() {
        String deep = "{\"notes\":" + "[".repeat(1500) + "]".repeat(1500) + "}";
        String longNumber = "{\"interviewRound\":" + "9".repeat(1200) + "}";
        for (String json : List.of(deep, longNumber, "{\"company\":\"a\"}{}", "{\"a\":tru}")) {
            Api.as(owner)
                    .contentType("application/json")
                    .body(json)
                    .when()
                    .post("/v1/rejections")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", not(org.hamcrest.Matchers.containsString("`")))
                    .body("detail", not(org.hamcrest.Matchers.containsString("jackson")))
                    .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        }
    }

    @Test
    void rejectsBodyOverTheLimitWithProblem() {
        Map<String, Object> body = Samples.minimal();
        body.put("notes", "x".repeat(300 * 1024));
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
    }

    @Test
    void rejectsBodyWithoutContentType() {
        Api.as(owner)
                .body("{\"company\":\"Acme\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsEmptyBody() {
        Api.as(owner)
                .contentType("application/json")
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("body")));
    }

    @Test
    void rejectsUnsupportedMediaType() {
        Api.as(owner)
                .contentType("text/plain")
                .body("company=Acme")
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"));
    }

    @Test
    void rejectsUnsupportedMethod() {
        Api.as(owner)
                .contentType("application/json")
                .body(new HashMap<>())
                .when()
                .put("/v1/rejections")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("status", equalTo(405));
        Api.as(owner)
                .when()
                .post("/v1/rejections/7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b")
                .then()
                .statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH"));
        Api.as(owner).when().options("/v1/rejections").then().header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }

    @Test
    void answersUnknownPathWithProblem() {
        Api.as(owner).when().get("/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        Api.anonymous()
                .when()
                .get("/definitely/not/here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }
}
