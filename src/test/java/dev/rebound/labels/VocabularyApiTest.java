package dev.rebound.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabularyApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRONG_TAG = "\"[A-Za-z0-9_-]{22}\"";
    /** Where in the contract each vocabulary's values are defined. */
    private static final Map<String, String> SCHEMA_OF = Map.ofEntries(
            Map.entry("stageReached", "/components/schemas/StageReached"),
            Map.entry("interviewFormat", "/components/schemas/InterviewFormat"),
            Map.entry("notifiedVia", "/components/schemas/NotifiedVia"),
            Map.entry("reason", "/components/schemas/RejectionReason"),
            Map.entry("status", "/components/schemas/RecordStatus"),
            Map.entry("action", "/components/schemas/PlanAction"),
            Map.entry("stepStatus", "/components/schemas/StepStatus"),
            Map.entry("improvementAreas", "/components/schemas/ImprovementArea"),
            Map.entry("category", "/components/schemas/PromptCategory"),
            Map.entry("tone", "/components/schemas/Tone"),
            Map.entry("importStatus", "/components/schemas/ImportRowStatus"),
            Map.entry("locale", "/components/headers/ContentLanguage/schema"));

    @Test
    void servesEnglishLabelsWithoutATokenAsPubliclyCacheable() {
        Response response = Api.anonymous().when().get("/v1/vocabularies");
        response.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Language", "en")
                .header("ETag", matchesPattern(STRONG_TAG))
                .header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", "nosniff")
                .body("locale", equalTo("en"))
                .body("vocabularies.stageReached[4].value", equalTo("FINAL_INTERVIEW"))
                .body("vocabularies.stageReached[4].label", equalTo("Final interview"))
                .body("vocabularies.notifiedVia.find { it.value == 'NO_RESPONSE' }.label", equalTo("Never heard back"));
        // One Cache-Control: /v1's no-store beside it would win over it.
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("public, max-age=86400");
    }

    @Test
    void servesSpanishForTheLocaleParameterOrAcceptLanguage() {
        String byLocale = Api.anonymous()
                .queryParam("locale", "es-MX")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Content-Language", "es")
                .body("locale", equalTo("es"))
                .body("vocabularies.stageReached[4].label", equalTo("Entrevista final"))
                .body(
                        "vocabularies.locale.label",
                        equalTo(List.of("Inglés", "Español", "Alemán", "Francés", "Portugués (Brasil)")))
                .extract()
                .asString();
        String byHeader = Api.anonymous()
                .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Content-Language", "es")
                .extract()
                .asString();
        assertThat(byHeader).isEqualTo(byLocale);
        // An explicit locale wins over Accept-Language.
        Api.anonymous()
                .queryParam("locale", "en")
                .header("Accept-Language", "es")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("locale", equalTo("en"));
    }

    @Test
    void answers304ForTheCurrentETagOfTheSameLanguage() {
        String english = etag("en");
        String spanish = etag("es");
        assertThat(spanish).isNotEqualTo(english);

        for (String ifNoneMatch : List.of(english, "W/" + english, "\"stale\", " + english, "*")) {
            Response response =
                    Api.anonymous().header("If-None-Match", ifNoneMatch).when().get("/v1/vocabularies");
            response.then()
                    .statusCode(304)
                    .header("ETag", english)
                    .header("Vary", containsString("Accept-Language"))
                    .body(emptyString());
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("public, max-age=86400");
        }
        Api.anonymous()
                .queryParam("locale", "es")
                .header("If-None-Match", english)
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("ETag", spanish)
                .body("locale", equalTo("es"));
        Api.anonymous()
                .header("If-None-Match", "\"stale\"")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("ETag", english);
    }

    @Test
    void rejectsAnUnsupportedLocaleNamingIt() {
        for (String locale : List.of("it", "es_MX", "english")) {
            Response response =
                    Api.anonymous().queryParam("locale", locale).when().get("/v1/vocabularies");
            response.then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://rebound.dev/problems/validation-failed"))
                    .body("errors.field", equalTo(List.of("locale")));
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        }
    }

    @Test
    void acceptsATokenAndIgnoresIt() {
        String anonymous = Api.anonymous()
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String signedIn = Api.as(TestTokens.newOwner())
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String garbage = Api.withToken("not-a-jwt")
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(signedIn).isEqualTo(anonymous);
        assertThat(garbage).isEqualTo(anonymous);
    }

    @Test
    void browsersOnAllowedOriginsMayReadAndRevalidateIt() {
        String origin = "https://jobs.example.com";
        Api.anonymous()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language,if-none-match")
                .when()
                .options("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        Api.anonymous()
                .header("Origin", origin)
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"));
    }

    /**
     * Every enum anywhere in the contract must be a served vocabulary, values and order alike, so that a
     * value added to the contract without a label fails here. The Idempotent-Replayed header's single
     * value is a protocol flag, not something people choose.
     */
    @Test
    void everyEnumInTheContractIsServedWithLabels() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.contract());
        Map<String, List<String>> enums = new LinkedHashMap<>();
        collectEnums(contract, "", enums);
        enums.remove("/components/headers/IdempotentReplayed/schema");
        assertThat(enums).hasSizeGreaterThanOrEqualTo(19);

        for (String language : List.of("en", "es")) {
            Map<String, List<String>> served = servedValues(language);
            enums.forEach((where, values) ->
                    assertThat(served.values()).as("the enum at %s", where).contains(values));
            // Each vocabulary labels the schema it names in the contract, and there is no other.
            assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(SCHEMA_OF.keySet());
            SCHEMA_OF.forEach((vocabulary, where) ->
                    assertThat(served.get(vocabulary)).as(vocabulary).isEqualTo(enums.get(where)));
        }
    }

    /** The contract's two examples are exactly what the service serves, so they cannot go stale. */
    @Test
    void theContractExamplesAreTheServedAnswers() throws Exception {
        JsonNode examples = new ObjectMapper(new YAMLFactory())
                .readTree(Api.contract())
                .at("/paths/~1v1~1vocabularies/get/responses/200/content/application~1json/examples");
        assertThat(JSON.readTree(served("en"))).isEqualTo(examples.at("/english/value"));
        assertThat(JSON.readTree(served("es"))).isEqualTo(examples.at("/spanish/value"));
    }

    private static String etag(String locale) {
        return Api.anonymous()
                .queryParam("locale", locale)
                .when()
                .get("/v1/vocabularies")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static String served(String locale) {
        Response response = Api.anonymous().queryParam("locale", locale).when().get("/v1/vocabularies");
        response.then().statusCode(200);
        return response.asString();
    }

    private static Map<String, List<String>> servedValues(String locale) throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        JSON.readTree(served(locale)).path("vocabularies").fields().forEachRemaining(vocabulary -> {
            List<String> list = new ArrayList<>();
            vocabulary.getValue().forEach(entry -> list.add(entry.path("value").asText()));
            values.put(vocabulary.getKey(), list);
        });
        return values;
    }

    /** Every {@code enum} in the tree by its JSON pointer, without {@code null} (which marks a nullable field). */
    private static void collectEnums(JsonNode node, String pointer, Map<String, List<String>> enums) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                List<String> list = new ArrayList<>();
                values.forEach(value -> {
                    if (!value.isNull()) {
                        list.add(value.asText());
                    }
                });
                enums.put(pointer, list);
            }
            node.fields()
                    .forEachRemaining(field -> collectEnums(
                            field.getValue(),
                            pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                            enums));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectEnums(node.get(i), pointer + "/" + i, enums);
            }
        }
    }
}
