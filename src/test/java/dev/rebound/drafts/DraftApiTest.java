package dev.rebound.drafts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.rebound.support.Api;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftApiTest {

    private final String owner = TestTokens.newOwner();

    private io.restassured.response.ValidatableResponse paste(Map<String, Object> body) {
        return Api.as(owner)
                .contentType("application/json")
                .body(body)
                .when()
                .post("/v1/rejection-drafts")
                .then();
    }

    private static String corpus(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/drafts", name));
    }

    @Test
    void draftsARecordFromAPastedRejectionAndStoresNothing() throws Exception {
        paste(Map.of("text", corpus("01-greenhouse-final-round.txt")))
                .statusCode(200)
                .body("isRejection", equalTo(true))
                .body("language", equalTo("en"))
                .body("draft.company", equalTo("Northwind Traders"))
                .body("draft.role", equalTo("Senior Data Engineer"))
                .body("draft.stageReached", equalTo("FINAL_INTERVIEW"))
                .body("draft.notifiedVia", equalTo("EMAIL"))
                .body("draft.rejectedOn", equalTo("2026-11-03"))
                .body("draft.reason", equalTo("PREFERRED_ANOTHER_CANDIDATE"))
                .body("draft.contact.name", equalTo("Maria Lopez"))
                .body("draft", not(org.hamcrest.Matchers.hasKey("jobPostingUrl")))
                .body("draft.contact", not(org.hamcrest.Matchers.hasKey("email")))
                .body("fields.field", hasItem("company"))
                .body("missing.size()", equalTo(0));

        Api.as(owner).when().get("/v1/rejections").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aMessageThatIsNotARejectionHasNoDraft() throws Exception {
        paste(Map.of("text", corpus("10-interview-invitation.txt")))
                .statusCode(200)
                .body("isRejection", equalTo(false))
                .body("draft", nullValue())
                .body("fields.size()", equalTo(0));
    }

    @Test
    void readsARawEmailWithItsMimeParts() throws Exception {
        byte[] eml = Files.readAllBytes(Path.of("src/test/resources/drafts/17-multipart-es.eml"));
        Api.as(owner)
                .contentType("message/rfc822")
                .body(eml)
                .when()
                .post("/v1/rejection-drafts")
                .then()
                .statusCode(200)
                .body("language", equalTo("es"))
                .body("draft.company", equalTo("Bodega Sol"))
                .body("draft.contact.email", equalTo("ana.beltran@bodegasol.es"));
    }

    @Test
    void withoutADateLineTheRejectionDateIsTheDayItArrivedElseToday() {
        String text = "Unfortunately, we have decided to move forward with other candidates for the Analyst role.";
        paste(Map.of("text", text, "receivedOn", "2026-10-01", "subject", "Your application to Acme"))
                .statusCode(200)
                .body("draft.rejectedOn", equalTo("2026-10-01"))
                .body("draft.company", equalTo("Acme"));
    }

    @Test
    void refusesWhatCannotBeRead() {
        paste(Map.of("text", " ")).statusCode(400).body("errors[0].field", equalTo("text"));
        paste(Map.of("text", "x".repeat(100_001))).statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(owner)
                .contentType("text/plain")
                .body("Unfortunately...")
                .when()
                .post("/v1/rejection-drafts")
                .then()
                .statusCode(415);
        Api.anonymous()
                .contentType("application/json")
                .body(Map.of("text", "hello"))
                .when()
                .post("/v1/rejection-drafts")
                .then()
                .statusCode(401);
    }

    @Test
    void brokenMimeIsA400NeverA500() {
        byte[] broken = ("Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: multipart/mixed; "
                        + "boundary=\"y\"\r\n\r\n--y\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%%\r\n")
                .getBytes(StandardCharsets.UTF_8);
        int status = Api.as(owner)
                .contentType("message/rfc822")
                .body(broken)
                .when()
                .post("/v1/rejection-drafts")
                .then()
                .extract()
                .statusCode();
        assertThat(status).isIn(200, 400);
    }

    @Test
    void countsDraftsByResult() throws Exception {
        double before = drafts("rejection");
        paste(Map.of("text", corpus("04-ashby-take-home.txt"))).statusCode(200);
        assertThat(drafts("rejection")).isEqualTo(before + 1);
    }

    private static double drafts(String result) {
        return given().accept("text/plain")
                .when()
                .get("/q/metrics")
                .asString()
                .lines()
                .filter(line ->
                        line.startsWith("rebound_rejection_drafts_total{") && line.contains("\"" + result + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow();
    }
}
