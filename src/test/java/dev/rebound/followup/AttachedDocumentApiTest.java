package dev.rebound.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every document kept beside a record answers alike, run for each kind (feedback, reflection): not found
 * before the first PUT, preconditions, other owners, ids, authentication, media types, bodies and methods. Each
 * subclass adds what its kind does to the record's plan and status.
 */
abstract class AttachedDocumentApiTest {

    static final String UNKNOWN_ID = "7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5b";

    final String owner = TestTokens.newOwner();
    /** Rejected two days ago (UTC) after a final interview: the plan has REQUEST_FEEDBACK and REFLECT. */
    String id;

    /** The last part of the path: {@code feedback}, {@code reflection}. */
    abstract String kind();

    /** A valid body whose text field ({@link #textField()}) holds {@code text}. */
    abstract Map<String, Object> aDocument(String text);

    /** The field that holds free text: {@code summary}, {@code lessons}. */
    abstract String textField();

    /** The start of the 404's detail when the record has no document of this kind. */
    abstract String notFoundDetail();

    /** Asserts that the record is as a request that changed nothing left it. */
    abstract void assertRecordUntouched();

    @BeforeEach
    void createTheRecord() {
        id = FollowThrough.create(owner, Samples.minimal());
    }

    String url() {
        return url(id);
    }

    String url(String recordId) {
        return "/v1/rejections/" + recordId + "/" + kind();
    }

    ValidatableResponse put(Object body) {
        return put(Api.as(owner), body);
    }

    ValidatableResponse put(RequestSpecification request, Object body) {
        return request.contentType("application/json")
                .body(body)
                .when()
                .put(url())
                .then();
    }

    ValidatableResponse get() {
        return Api.as(owner).when().get(url()).then();
    }

    Map<String, Object> record() {
        return Api.as(owner)
                .when()
                .get("/v1/rejections/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    // --- not there yet ---------------------------------------------------------------------------

    @Test
    void getBeforeAnyPutIsNotFound() {
        get().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("detail", startsWith(notFoundDetail()));
    }

    // --- preconditions ---------------------------------------------------------------------------

    @Test
    void ifMatchOnADocumentThatDoesNotExistYetFails() {
        for (String tag : List.of("\"0\"", "*")) {
            put(Api.as(owner).header("If-Match", tag), aDocument("First."))
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/precondition-failed"));
        }
        get().statusCode(404);
        assertRecordUntouched();
    }

    @Test
    void putWithTheCurrentETagReplaces() {
        put(aDocument("First.")).statusCode(201);
        put(Api.as(owner).header("If-Match", "\"0\""), aDocument("Checked."))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body(textField(), equalTo("Checked."));
        put(Api.as(owner).header("If-Match", "*"), aDocument("Starred."))
                .statusCode(200)
                .header("ETag", "\"2\"");
        put(Api.as(owner).header("If-Match", "\"9\", \"2\""), aDocument("Listed."))
                .statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void putWithAStaleETagFailsAndChangesNothing() {
        put(aDocument("First.")).statusCode(201);
        put(aDocument("Second.")).statusCode(200);
        put(Api.as(owner).header("If-Match", "\"0\""), aDocument("Lost update."))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        put(Api.as(owner).header("If-Match", "W/\"1\""), aDocument("Weak.")).statusCode(412);
        get().statusCode(200).header("ETag", "\"1\"").body(textField(), equalTo("Second."));
    }

    @Test
    void ifNoneMatchStarCreatesOnlyOnce() {
        put(Api.as(owner).header("If-None-Match", "*"), aDocument("First."))
                .statusCode(201)
                .header("ETag", "\"0\"");
        put(Api.as(owner).header("If-None-Match", "*"), aDocument("A second creator."))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        get().statusCode(200).header("ETag", "\"0\"").body(textField(), equalTo("First."));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagChangesNothing() {
        put(aDocument("First.")).statusCode(201);
        put(Api.as(owner).header("If-None-Match", "W/\"0\""), aDocument("Not this time."))
                .statusCode(412);
        put(Api.as(owner).header("If-None-Match", "\"5\", \"6\""), aDocument("Replaced."))
                .statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void deleteHonoursIfMatch() {
        put(aDocument("First.")).statusCode(201);
        Map<String, Object> recordBefore = record();
        Api.as(owner)
                .header("If-Match", "\"7\"")
                .when()
                .delete(url())
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        get().statusCode(200);
        assertThat(record()).isEqualTo(recordBefore);
        Api.as(owner).header("If-Match", "\"0\"").when().delete(url()).then().statusCode(204);
        get().statusCode(404);
    }

    // --- who may, and HTTP -----------------------------------------------------------------------

    @Test
    void anotherOwnerSeesNothingAndChangesNothing() {
        put(aDocument("Mine.")).statusCode(201);
        Map<String, Object> recordBefore = record();
        String stranger = TestTokens.newOwner();

        Api.as(stranger).when().get(url()).then().statusCode(404).contentType("application/problem+json");
        Api.as(stranger)
                .contentType("application/json")
                .body(aDocument("Overwritten."))
                .when()
                .put(url())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.as(stranger).when().delete(url()).then().statusCode(404);

        get().statusCode(200).header("ETag", "\"0\"").body(textField(), equalTo("Mine."));
        assertThat(record()).isEqualTo(recordBefore);
    }

    @Test
    void anotherOwnersRecordWithoutTheDocumentIsNotFoundEither() {
        Api.as(TestTokens.newOwner())
                .contentType("application/json")
                .body(aDocument("Theirs."))
                .when()
                .put(url())
                .then()
                .statusCode(404);
        get().statusCode(404);
        assertRecordUntouched();
    }

    @Test
    void unknownRecordIsNotFound() {
        Api.as(owner).when().get(url(UNKNOWN_ID)).then().statusCode(404).contentType("application/problem+json");
        Api.as(owner)
                .contentType("application/json")
                .body(aDocument("Nowhere."))
                .when()
                .put(url(UNKNOWN_ID))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.as(owner).when().delete(url(UNKNOWN_ID)).then().statusCode(404);
    }

    @Test
    void idThatIsNotAUuidIsABadRequestLikeOnTheRecord() {
        for (String bad : List.of(
                "not-a-uuid",
                "7d3f2a8e1b4c4e5f9a6b0c1d2e3f4a5b",
                "7d3f2a8e-1b4c-4e5f-9a6b-0c1d2e3f4a5bX",
                "7D3F2A8E-1B4C-4E5F-9A6B-0C1D2E3F4A5",
                "1-1-1-1-1")) {
            Api.as(owner).when().get("/v1/rejections/" + bad).then().statusCode(400);
            Api.as(owner)
                    .when()
                    .get(url(bad))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("id")));
            Api.as(owner)
                    .contentType("application/json")
                    .body(aDocument("Bad id."))
                    .when()
                    .put(url(bad))
                    .then()
                    .statusCode(400)
                    .body("errors.field", equalTo(List.of("id")));
            Api.as(owner).when().delete(url(bad)).then().statusCode(400).body("errors.field", equalTo(List.of("id")));
        }
    }

    @Test
    void requiresAuthentication() {
        Api.anonymous().when().get(url()).then().statusCode(401).contentType("application/problem+json");
        Api.anonymous()
                .contentType("application/json")
                .body(aDocument("Anonymous."))
                .when()
                .put(url())
                .then()
                .statusCode(401);
        Api.anonymous().when().delete(url()).then().statusCode(401);
        get().statusCode(404);
        assertRecordUntouched();
    }

    @Test
    void refusesOtherMediaTypes() {
        Api.as(owner)
                .contentType("text/plain")
                .body(textField() + "=hello")
                .when()
                .put(url())
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"));
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"" + textField() + "\":\"hello\"}")
                .when()
                .put(url())
                .then()
                .statusCode(415);
        Api.as(owner)
                .body(("{\"" + textField() + "\":\"hello\"}").getBytes(StandardCharsets.UTF_8))
                .when()
                .put(url())
                .then()
                .statusCode(415);
        get().statusCode(404);
    }

    @Test
    void refusesAnEmptyOrMalformedBody() {
        Api.as(owner)
                .contentType("application/json")
                .when()
                .put(url())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("body")));
        String field = "\"" + textField() + "\"";
        for (String json : List.of(
                "",
                "not json",
                "[]",
                "null",
                "\"text\"",
                "{" + field + ":",
                "{" + field + ":\"a\"," + field + ":\"b\"}")) {
            put(json)
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/malformed-body"))
                    .body("errors.field", equalTo(List.of("body")));
        }
        get().statusCode(404);
        assertRecordUntouched();
    }

    @Test
    void refusesABodyOverTheLimit() {
        put(aDocument("x".repeat(300 * 1024)))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
        get().statusCode(404);
    }

    @Test
    void refusesMethodsItDoesNotHave() {
        put(aDocument("First.")).statusCode(201);
        Api.as(owner)
                .contentType("application/json")
                .body(aDocument("Posted."))
                .when()
                .post(url())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", endsWith("/method-not-allowed"));
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body("{}")
                .when()
                .patch(url())
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }
}
