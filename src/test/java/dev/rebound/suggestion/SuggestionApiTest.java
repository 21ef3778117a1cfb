package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.rebound.support.Api;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SuggestionApiTest {

    private final String owner = TestTokens.newOwner();

    private Map<String, Object> friday() {
        Map<String, Object> body = Samples.full();
        body.put("rejectedOn", "2026-11-20");
        body.put("appliedOn", "2026-10-01");
        body.put("reasonDetail", "Zanzibar-sentinel detail that must never reach a message");
        return body;
    }

    @Test
    void createAnswersWithTheRecordAndItsSuggestions() {
        JsonPath created = Api.as(owner)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .header("Content-Language", "en")
                .body("company", equalTo("Nordlicht Analytics"))
                .body("suggestions.locale", equalTo("en"))
                .body("suggestions.tone", equalTo("WARM"))
                .body("suggestions.thankYouNote.to", equalTo("mj.pena@nordlicht.example"))
                .body("suggestions.thankYouNote.subject", containsString("Senior Data Engineer"))
                .body("suggestions.thankYouNote.body", startsWith("Hi María José Peña,"))
                .body("suggestions.thankYouNote.sendBy", equalTo("2026-11-23"))
                .body(
                        "suggestions.thankYouNote.mailto",
                        startsWith("mailto:mj.pena@nordlicht.example?subject=Thank%20you"))
                .body("suggestions.feedbackRequest.recommended", equalTo(true))
                .body("suggestions.feedbackRequest.rationale", notNullValue())
                .body("suggestions.feedbackRequest.sendOn", equalTo("2026-11-24"))
                .body("suggestions.connectionNote.body", notNullValue())
                .body("suggestions.reflectionPrompts[-1].category", equalTo("LET_GO"))
                .body(
                        "suggestions.plan.action",
                        equalTo(List.of(
                                "SEND_THANK_YOU",
                                "CONNECT",
                                "REQUEST_FEEDBACK",
                                "REFLECT",
                                "CHECK_NEW_OPENINGS",
                                "REAPPLY_WINDOW_OPENS")))
                .body(
                        "suggestions.plan.due",
                        equalTo(List.of(
                                "2026-11-23", "2026-11-23", "2026-11-24", "2026-11-27", "2027-02-20", "2027-05-20")))
                .extract()
                .jsonPath();
        assertThat(created.getString("reasonDetail")).startsWith("Zanzibar-sentinel");
        // No text renders an absent value as "null"; a source's url may be null, which is data, not text.
        assertThat(created.getMap("suggestions").toString().replace("url=null", ""))
                .doesNotContain("Zanzibar", "null");
        // The stored record itself carries no suggestions.
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + created.getString("id"))
                .then()
                .statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("suggestions")));
    }

    @Test
    void suggestionsFollowTheRecordAsItIsNow() {
        String id = Api.as(owner)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"notifiedVia\":\"NO_RESPONSE\",\"contact\":null,\"rejectedOn\":\"2026-11-19\"}")
                .when()
                .patch("/v1/rejections/" + id)
                .then()
                .statusCode(200);
        Api.as(owner)
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("thankYouNote.to", nullValue())
                .body("thankYouNote.body", startsWith("Hello Nordlicht Analytics hiring team,"))
                .body("thankYouNote.mailto", startsWith("mailto:?subject="))
                .body("thankYouNote.sendBy", equalTo("2026-11-20"))
                .body("feedbackRequest.recommended", equalTo(false))
                .body("feedbackRequest.sendOn", nullValue())
                .body("plan.action", not(org.hamcrest.Matchers.hasItem("REQUEST_FEEDBACK")));
    }

    @Test
    void writesInTheRequestedToneLanguageAndSignature() {
        String id = Api.as(owner)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(owner)
                .queryParam("tone", "BRIEF")
                .queryParam("locale", "es-MX")
                .queryParam("senderName", "Ana López")
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(200)
                .header("Content-Language", "es")
                .body("locale", equalTo("es"))
                .body("tone", equalTo("BRIEF"))
                .body("thankYouNote.body", startsWith("Hola, María José Peña:"))
                .body("thankYouNote.body", endsWith("\nAna López"));
    }

    @ParameterizedTest(name = "Accept-Language {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "it-IT, es;q=0.8, en;q=0.5 | es",
                "it-IT, nl                 | en",
                // Brazilian Portuguese answers pt-PT too; German and French match on the language.
                "pt-PT                     | pt",
                "pt-BR                     | pt",
                "de-CH, en;q=0.5           | de",
                "fr-CA                     | fr",
            })
    void picksTheLanguageFromAcceptLanguageAndTheSignatureFromTheToken(String acceptLanguage, String written) {
        String token = TestTokens.claimsFor(owner).claim("name", "Sam Rivera").sign(TestTokens.privateKey());
        Api.withToken(token)
                .header("Accept-Language", acceptLanguage)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(200)
                .header("Content-Language", written)
                .body("locale", equalTo(written))
                .body("thankYouNote.why", not(containsString("{")))
                .body("feedbackRequest.body", endsWith("\nSam Rivera"));
    }

    @Test
    void previewStoresNothing() {
        Api.as(owner)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(200)
                .body("thankYouNote.sendBy", equalTo("2026-11-23"))
                .body("reflectionPrompts.key", org.hamcrest.Matchers.hasItem("let-go.move-on"));
        Api.as(owner).when().get("/v1/rejections").then().body("totalItems", equalTo(0));
    }

    @Test
    void previewValidatesLikeCreate() {
        Map<String, Object> body = friday();
        body.put("stageReached", "HIRED");
        body.remove("company");
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("stageReached", "company"));
    }

    @Test
    void rejectsBadOptionsBeforeStoringAnything() {
        Api.as(owner)
                .queryParam("tone", "LOUD")
                .queryParam("locale", "it")
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("tone", "locale"));
        Api.as(owner)
                .queryParam("senderName", "x".repeat(101))
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("senderName")));
        Api.as(owner).when().get("/v1/rejections").then().body("totalItems", equalTo(0));
    }

    @Test
    void suggestionsAreOwnerScoped() {
        String id = Api.as(owner)
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(TestTokens.newOwner())
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.anonymous()
                .when()
                .get("/v1/rejections/" + id + "/suggestions")
                .then()
                .statusCode(401);
        Api.anonymous()
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(401);
        Api.as(owner)
                .when()
                .get("/v1/rejections/not-a-uuid/suggestions")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("id")));
    }

    @Test
    void namesBadOptionsAndBadFieldsInOneAnswer() {
        Map<String, Object> body = friday();
        body.put("company", "");
        Api.as(owner)
                .queryParam("tone", "warm")
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejections")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("tone", "company"));
        Api.as(owner)
                .queryParam("locale", "xx")
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("locale", "company"));
        Api.as(owner).when().get("/v1/rejections").then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesASignatureWithLineBreaks() {
        Api.as(owner)
                .queryParam("senderName", "Ana\n\nP.S. hi")
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("senderName")));
    }

    @Test
    void keepsNamesOnOneLineInsideSentences() {
        Map<String, Object> body = friday();
        body.put("role", "Backend\nEngineer");
        body.put("company", "Acme   Corp ");
        Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(200)
                .body("thankYouNote.body", containsString("the Backend Engineer role"))
                .body("thankYouNote.body", containsString("Acme Corp"))
                .body("thankYouNote.body", not(containsString("  ")));
    }

    @Test
    void readsEveryAcceptLanguageHeader() {
        Api.as(owner)
                .header("Accept-Language", "it")
                .header("Accept-Language", "es")
                .contentType("application/json")
                .body(friday())
                .when()
                .post("/v1/suggestions/preview")
                .then()
                .statusCode(200)
                .header("Content-Language", "es");
    }
}
