package dev.rebound.imports;

import static dev.rebound.support.FollowThrough.create;
import static dev.rebound.support.FollowThrough.done;
import static dev.rebound.support.FollowThrough.feedback;
import static dev.rebound.support.FollowThrough.reflection;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static final String CSV = "text/csv; charset=utf-8";
    private static final String HEADER = "company,role,stageReached,notifiedVia,rejectedOn";

    private final String owner = TestTokens.newOwner();
    private final LocalDate today = Samples.todayUtc();

    private static Response importAs(String owner, String contentType, byte[] file, String query) {
        return Api.as(owner)
                .contentType(contentType)
                .body(file)
                .when()
                .post("/v1/imports" + (query == null ? "" : "?" + query));
    }

    private ValidatableResponse importCsv(String text) {
        return importCsv(text, null);
    }

    private ValidatableResponse importCsv(String text, String query) {
        return importAs(owner, CSV, text.getBytes(StandardCharsets.UTF_8), query)
                .then();
    }

    private JsonNode records(String who) {
        return FollowThrough.json(Api.as(who)
                        .when()
                        .get("/v1/rejections?size=100&sort=createdAt,asc")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .get("items");
    }

    private JsonNode export(String who) {
        return FollowThrough.json(Api.as(who)
                .accept("application/json")
                .when()
                .get("/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private String day(int daysAgo) {
        return today.minusDays(daysAgo).toString();
    }

    @Test
    void importsASpreadsheetWithOurColumnNamesAndComputesEachPlan() {
        String file = HEADER + ",tags,contactName,contactEmail,interviewRound\n"
                + "Acme,Backend Developer,INTERVIEW,EMAIL," + day(40) + ",remote; java,Ana Ruiz,ana@acme.example,2\n"
                + "Globex,Data Analyst,APPLIED,NO_RESPONSE," + day(3) + ",,,,\n";

        importCsv(file)
                .statusCode(200)
                .contentType("application/json")
                .body("rows.size()", equalTo(2))
                .body("rows[0].row", equalTo(1))
                .body("rows[0].status", equalTo("CREATED"))
                .body("rows[1].row", equalTo(2))
                .body("rows[1].status", equalTo("CREATED"))
                .body("rows[0].errors", nullValue())
                .body("totals.created", equalTo(2))
                .body("totals.duplicate", equalTo(0))
                .body("totals.invalid", equalTo(0))
                .body("totals.valid", equalTo(0))
                .body("ignoredColumns.size()", equalTo(0));

        JsonNode records = records(owner);
        assertThat(records).hasSize(2);
        JsonNode acme = records.get(0).get("company").asText().equals("Acme") ? records.get(0) : records.get(1);
        assertThat(acme.get("company").asText()).isEqualTo("Acme");
        assertThat(acme.get("tags").toString()).isEqualTo("[\"remote\",\"java\"]");
        assertThat(acme.get("contact").get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(acme.get("interviewRound").asInt()).isEqualTo(2);
        assertThat(acme.get("plan")).isNotEmpty();
        assertThat(acme.get("plan").findValuesAsText("status")).containsOnly("PENDING");
        assertThat(acme.get("plan").get(0).get("due").asText())
                .as("the plan runs from the rejection date, not from today")
                .isLessThan(today.toString());
    }

    @Test
    void theDocumentedTemplateImportsEveryRow() throws Exception {
        byte[] template = Files.readAllBytes(Path.of("docs/examples/rejections-import.csv"));

        importAs(owner, CSV, template, "dryRun=true")
                .then()
                .statusCode(200)
                .body("rows.status", equalTo(List.of("VALID", "VALID", "VALID")))
                .body("ignoredColumns.size()", equalTo(0));
    }

    @Test
    void readsASpanishSpreadsheetSeparatedBySemicolonsWithAByteOrderMark() {
        String file = "\uFEFFEmpresa;Puesto;Etapa;Canal;Fecha de rechazo;Motivo;Etiquetas;Color\r\n"
                + "Nordlicht;Ingeniera de datos;Entrevista final;Correo electrónico;" + day(5)
                + ";Eligieron a otra persona;remoto, datos;azul\r\n";

        importCsv(file)
                .statusCode(200)
                .body("rows[0].status", equalTo("CREATED"))
                .body("ignoredColumns", equalTo(List.of("Color")));

        JsonNode record = records(owner).get(0);
        assertThat(record.get("stageReached").asText()).isEqualTo("FINAL_INTERVIEW");
        assertThat(record.get("notifiedVia").asText()).isEqualTo("EMAIL");
        assertThat(record.get("reason").asText()).isEqualTo("PREFERRED_ANOTHER_CANDIDATE");
        assertThat(record.get("tags").toString()).isEqualTo("[\"remoto\",\"datos\"]");
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() {
        String file = HEADER + "\nAcme,Dev,INTERVIEW,EMAIL," + day(4) + "\n,Dev,INTERVIEW,EMAIL," + day(4) + "\n";

        importCsv(file, "dryRun=true")
                .statusCode(200)
                .body("rows[0].status", equalTo("VALID"))
                .body("rows[0].id", nullValue())
                .body("rows[1].status", equalTo("INVALID"))
                .body("rows[1].errors.field", hasItem("company"))
                .body("totals.valid", equalTo(1))
                .body("totals.invalid", equalTo(1))
                .body("totals.created", equalTo(0));

        assertThat(records(owner)).isEmpty();
    }

    @Test
    void skipsInvalidRowsNamingEachProblemAndStoresTheRest() {
        String file = HEADER + ",selfAssessment\n"
                + "Acme,Dev,LUNCH,EMAIL," + day(2) + ",9\n"
                + "Globex,Dev,INTERVIEW,EMAIL," + today.plusDays(3) + ",\n"
                + "Initech,Dev,INTERVIEW,EMAIL," + day(2) + ",3\n";

        importCsv(file)
                .statusCode(200)
                .body("rows[0].status", equalTo("INVALID"))
                .body("rows[0].errors.field", equalTo(List.of("stageReached", "selfAssessment")))
                .body("rows[0].errors[0].message", containsString("must be one of"))
                .body("rows[1].status", equalTo("INVALID"))
                .body("rows[1].errors.field", equalTo(List.of("rejectedOn")))
                .body("rows[2].status", equalTo("CREATED"))
                .body("totals.invalid", equalTo(2))
                .body("totals.created", equalTo(1));

        assertThat(records(owner)).hasSize(1);
    }

    @Test
    void aRowThatRepeatsARecordOrAnEarlierRowIsADuplicateAndCreatesNothing() {
        create(owner, FollowThrough.record("Acme Corp", day(10), "INTERVIEW", null, "EMAIL"));
        String file = HEADER + "\n"
                + "ACME CORP,engineer at acme corp,APPLIED,PHONE," + day(10) + "\n"
                + "Globex,Dev,INTERVIEW,EMAIL," + day(3) + "\n"
                + " globex , DEV ,INTERVIEW,EMAIL," + day(3) + "\n"
                + "Globex,Dev,INTERVIEW,EMAIL," + day(4) + "\n";

        importCsv(file)
                .statusCode(200)
                .body("rows.status", equalTo(List.of("DUPLICATE", "CREATED", "DUPLICATE", "CREATED")))
                .body("totals.duplicate", equalTo(2))
                .body("totals.created", equalTo(2));

        importCsv(file).statusCode(200).body("totals.duplicate", equalTo(4)).body("totals.created", equalTo(0));
        assertThat(records(owner)).hasSize(3);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String file = HEADER + "\nAcme,Dev,INTERVIEW,EMAIL," + day(2) + "\n";
        String key = UUID.randomUUID().toString();
        String first = importWithKey(key, file)
                .then()
                .statusCode(200)
                .body("rows[0].status", equalTo("CREATED"))
                .extract()
                .asString();

        importWithKey(key, file)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body(equalTo(first));
        importWithKey(key, file + "Globex,Dev,INTERVIEW,EMAIL," + day(2) + "\n")
                .then()
                .statusCode(422);
        assertThat(records(owner)).hasSize(1);
    }

    private Response importWithKey(String key, String file) {
        return Api.as(owner)
                .contentType(CSV)
                .header("Idempotency-Key", key)
                .body(file)
                .when()
                .post("/v1/imports");
    }

    @Test
    void ourJsonExportIsAllDuplicatesForItsOwnerAndRecreatesEverythingForAnother() {
        String id = create(owner, Samples.full());
        done(owner, id, "SEND_THANK_YOU");
        feedback(owner, id, "Strong on SQL, weaker on system design.");
        reflection(owner, id, "TECHNICAL_DEPTH");
        create(owner, FollowThrough.record("Globex", day(20), "APPLIED", null, "NO_RESPONSE"));
        JsonNode exported = export(owner);
        byte[] file = exported.toString().getBytes(StandardCharsets.UTF_8);

        importAs(owner, "application/json", file, null)
                .then()
                .statusCode(200)
                .body("rows.status", equalTo(List.of("DUPLICATE", "DUPLICATE")))
                .body("ignoredColumns.size()", equalTo(0));

        String newcomer = TestTokens.newOwner();
        importAs(newcomer, "application/json", file, null)
                .then()
                .statusCode(200)
                .body("rows.status", equalTo(List.of("CREATED", "CREATED")))
                .body("rows[0].errors", nullValue());

        JsonNode again = export(newcomer);
        assertThat(withoutAssigned(again)).isEqualTo(withoutAssigned(exported));
    }

    /** An export's records without what each deployment assigns anew: ids, times and versions. */
    private static List<JsonNode> withoutAssigned(JsonNode export) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode record : export.get("rejections")) {
            ObjectNode copy = record.deepCopy();
            copy.remove(List.of("id", "createdAt", "updatedAt", "version"));
            for (String document : List.of("feedback", "reflection")) {
                if (copy.get(document) instanceof ObjectNode kept) {
                    kept.remove(List.of("createdAt", "updatedAt", "version"));
                }
            }
            records.add(copy);
        }
        return records;
    }

    @Test
    void anExportWhosePlanFeedbackOrReflectionCannotBeStoredIsInvalidAndStoresNothing() {
        create(owner, FollowThrough.record("Acme", day(10), "INTERVIEW", null, "EMAIL"));
        ObjectNode export = (ObjectNode) export(owner);
        ObjectNode good = (ObjectNode) export.get("rejections").get(0);
        ArrayNode records = export.putArray("rejections");
        records.add(good.deepCopy()
                .<ObjectNode>set(
                        "plan", FollowThrough.json("[null, {\"action\": \"CONNECT\", \"status\": \"DONE\"}]")));
        records.add(good.deepCopy()
                .put("company", "Globex")
                .set(
                        "feedback",
                        FollowThrough.json("{\"receivedOn\": \"" + today.plusDays(5) + "\", \"summary\": \"Fine.\"}")));
        records.add(good.deepCopy().put("company", "Initech").put("feedback", "x"));
        records.add(good.deepCopy().put("company", "Umbrella"));
        byte[] file = export.toString().getBytes(StandardCharsets.UTF_8);
        String newcomer = TestTokens.newOwner();

        for (String query : new String[] {"dryRun=true", null}) {
            importAs(newcomer, "application/json", file, query)
                    .then()
                    .statusCode(200)
                    .body("rows[0].status", equalTo("INVALID"))
                    .body("rows[0].errors.field", equalTo(List.of("plan[0]", "plan[1].doneOn")))
                    .body("rows[1].status", equalTo("INVALID"))
                    .body("rows[1].errors.field", equalTo(List.of("feedback.receivedOn")))
                    .body("rows[2].status", equalTo("INVALID"))
                    .body("rows[2].errors.field", equalTo(List.of("feedback")))
                    .body("rows[3].status", equalTo(query == null ? "CREATED" : "VALID"));
        }
        assertThat(records(newcomer)).hasSize(1);
    }

    @Test
    void tagsAreSplitOnSemicolonsWhenThereAreAnySoThatATagMayHoldAComma() {
        importCsv(HEADER + ",tags\nAcme,Dev,INTERVIEW,EMAIL," + day(2) + ",\"remote, EU; java\"\n")
                .statusCode(200);

        assertThat(records(owner).get(0).get("tags").toString()).isEqualTo("[\"remote, EU\",\"java\"]");
    }

    @Test
    void ourCsvExportImportsItsFieldsAndTagsWithTheFormulaGuardTakenOff() {
        Map<String, Object> tricky = Samples.full();
        tricky.put("company", "=HYPERLINK(\"http://x\")");
        tricky.put("notes", "- said \"no\", twice,\nthen: \"maybe\"; a,b\r\nend");
        tricky.put("tags", List.of("remote", "data"));
        create(owner, tricky);
        String csv = csvExport(owner);

        String newcomer = TestTokens.newOwner();
        importAs(newcomer, CSV, csv.getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(200)
                .body("rows[0].status", equalTo("CREATED"))
                .body("ignoredColumns", hasItem("status"));

        JsonNode original = records(owner).get(0);
        JsonNode imported = records(newcomer).get(0);
        for (RecordComponent writable : RejectionInput.class.getRecordComponents()) {
            String field = writable.getName();
            assertThat(imported.get(field)).as(field).isEqualTo(original.get(field));
        }
        assertThat(csvExport(newcomer))
                .as("the formula is stored as text and neutralised again on the way out")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    private static String csvExport(String owner) {
        return Api.as(owner)
                .accept("text/csv")
                .when()
                .get("/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void aFileThatCannotBeReadIsA400NamingTheLine() {
        importCsv(HEADER + "\nAcme,Dev,INTERVIEW,EMAIL,2026-01-01\n\"Globex,Dev")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rebound.dev/problems/malformed-body"))
                .body("detail", containsString("line"));
        importCsv("colour,size\nblue,large\n").statusCode(400).body("detail", containsString("line 1"));
        importAs(owner, "application/json", "{\"rejections\": [".getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(400)
                .body("detail", containsString("line 1"));
        importAs(owner, "application/json", "{\"records\": []}".getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rejections"));
        importAs(owner, CSV, "company\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), null)
                .then()
                .statusCode(400)
                .body("detail", containsString("line 2"));
    }

    @Test
    void moreThanFiveThousandRowsIsA413NamingTheLimit() {
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= ImportService.MAX_ROWS; i++) {
            file.append("Company ")
                    .append(i)
                    .append(",Dev,APPLIED,EMAIL,")
                    .append(day(1))
                    .append('\n');
        }

        importCsv(file.toString())
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("5,000"));
        assertThat(records(owner)).isEmpty();
    }

    @Test
    void takesFilesOverTheUsualLimitButNotOverTenMebibytes() {
        StringBuilder file = new StringBuilder(HEADER).append(",notes\n");
        String notes = "n".repeat(19_000);
        for (int i = 0; i < 20; i++) {
            file.append("Company ")
                    .append(i)
                    .append(",Dev,APPLIED,EMAIL,")
                    .append(day(1))
                    .append(',');
            file.append(notes).append('\n');
        }
        assertThat(file.length()).isGreaterThan(256 * 1024);

        importCsv(file.toString()).statusCode(200).body("totals.created", equalTo(20));

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        importAs(owner, CSV, tooLarge, null)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("10 MiB"));
    }

    @Test
    void refusesOtherMediaTypesABadDryRunAndAnonymousCallers() {
        importAs(owner, "text/plain", "company\nAcme".getBytes(StandardCharsets.UTF_8), null)
                .then()
                .statusCode(415);
        importCsv(HEADER + "\n", "dryRun=maybe").statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.anonymous()
                .contentType(CSV)
                .body(HEADER + "\n")
                .when()
                .post("/v1/imports")
                .then()
                .statusCode(401);
    }

    @Test
    void countsImportedRowsByStatusButNotDryRuns() {
        double created = importedRows("CREATED");
        double invalid = importedRows("INVALID");
        String file = HEADER + "\nAcme,Dev,INTERVIEW,EMAIL," + day(2) + "\n,,,,\n,Dev,INTERVIEW,EMAIL," + day(2) + "\n";

        importCsv(file, "dryRun=true").statusCode(200);
        assertThat(importedRows("VALID")).isZero();
        assertThat(importedRows("INVALID")).isEqualTo(invalid);

        importCsv(file).statusCode(200);
        assertThat(importedRows("CREATED")).isEqualTo(created + 1);
        assertThat(importedRows("INVALID")).isEqualTo(invalid + 1);
    }

    private static double importedRows(String status) {
        String text = given().accept("text/plain").when().get("/q/metrics").asString();
        return text.lines()
                .filter(line ->
                        line.startsWith("rebound_imported_rows_total{") && line.contains("status=\"" + status + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow();
    }
}
