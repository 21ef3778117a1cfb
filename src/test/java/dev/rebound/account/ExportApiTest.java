package dev.rebound.account;

import static dev.rebound.support.FollowThrough.create;
import static dev.rebound.support.FollowThrough.done;
import static dev.rebound.support.FollowThrough.feedback;
import static dev.rebound.support.FollowThrough.record;
import static dev.rebound.support.FollowThrough.reflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rebound.support.Api;
import dev.rebound.support.FollowThrough;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {

    private static final String FORMULA_COMPANY = "=HYPERLINK(\"http://x\")";
    private static final String TRICKY_NOTES = "She said \"no\", twice,\nthen: \"maybe, next year\"; a,b,,c\r\nend";

    private final String owner = TestTokens.newOwner();

    private Response export(String accept) {
        return Api.as(owner).header("Accept", accept).when().get("/v1/export");
    }

    private JsonNode exportJson(String accept) {
        Response response = export(accept);
        response.then().statusCode(200).contentType("application/json");
        return FollowThrough.json(response.asString());
    }

    private static List<String> ids(JsonNode export) {
        return StreamSupport.stream(export.get("rejections").spliterator(), false)
                .map(record -> record.get("id").asText())
                .toList();
    }

    /** The CSV as rows of cells, the header row first. */
    private static List<List<String>> parseCsv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text)) {
            return rows.readAll();
        }
    }

    /** Each data row as column name → cell, in the order of the file. */
    private static List<Map<String, String>> csvRecords(List<List<String>> rows) {
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as("a row with every column").hasSameSizeAs(header);
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    private static String normalizedType(Response response) {
        return response.header("Content-Type").replace(" ", "").toLowerCase();
    }

    @Test
    void exportsEveryRecordAsJsonNewestFirstWithPlanFeedbackAndReflection() {
        String someoneElse = TestTokens.newOwner();
        String theirs = create(someoneElse, record("Acme Corp", "2025-02-01", "INTERVIEW", null, "EMAIL"));
        feedback(someoneElse, theirs, "Not theirs to see.");

        String oldest =
                create(owner, record("Acme Corp", "2025-01-10", "INTERVIEW", "SKILLS_OR_EXPERIENCE_GAP", "EMAIL"));
        done(owner, oldest, "SEND_THANK_YOU");
        feedback(owner, oldest, "More depth on distributed systems.");
        reflection(owner, oldest, "PREPARATION", "TECHNICAL_DEPTH");
        String newest = create(owner, record("Globex", "2025-03-01", "APPLIED", null, "NO_RESPONSE"));
        Map<String, Object> full = Samples.with(Samples.full(), "rejectedOn", "2025-02-15");
        full.put("appliedOn", "2025-01-02");
        String middle = create(owner, full);
        // Same day as the newest, created later: ties on rejectedOn go to the later creation.
        String newestTwin = create(owner, record("Initech", "2025-03-01", "SCREENING", null, "PHONE"));
        reflection(owner, newestTwin, "COMMUNICATION");

        for (String accept : List.of(
                "*/*", "application/json", "application/json, text/csv;q=0.5", "text/csv;q=0.9, application/*")) {
            Response response = export(accept);
            response.then().statusCode(200);
            assertThat(normalizedType(response)).as("Accept: %s", accept).startsWith("application/json");
            JsonNode body = FollowThrough.json(response.asString());
            assertThat(ids(body)).as("Accept: %s", accept).containsExactly(newestTwin, newest, middle, oldest);

            Instant exportedAt = Instant.parse(body.get("exportedAt").asText());
            assertThat(exportedAt)
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
            assertThat(response.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"rebound-export-"
                            + exportedAt.toString().substring(0, 10) + ".json\"");
        }

        JsonNode body = exportJson("application/json");
        for (JsonNode exported : body.get("rejections")) {
            String id = exported.get("id").asText();
            // The record part is the record exactly as GET returns it, with its plan and status.
            ObjectNode recordPart = exported.deepCopy();
            recordPart.remove(List.of("feedback", "reflection"));
            JsonNode stored = FollowThrough.json(
                    Api.as(owner).when().get("/v1/rejections/" + id).asString());
            assertThat(recordPart).as("record %s", id).isEqualTo(stored);
            assertThat(exported.get("plan").size()).isPositive();
            assertThat(exported.has("status")).isTrue();

            Response feedback = Api.as(owner).when().get("/v1/rejections/" + id + "/feedback");
            if (feedback.statusCode() == 200) {
                assertThat(exported.get("feedback")).isEqualTo(FollowThrough.json(feedback.asString()));
            } else {
                assertThat(feedback.statusCode()).isEqualTo(404);
                assertThat(exported.get("feedback").isNull())
                        .as("feedback of %s", id)
                        .isTrue();
            }
            Response reflection = Api.as(owner).when().get("/v1/rejections/" + id + "/reflection");
            if (reflection.statusCode() == 200) {
                assertThat(exported.get("reflection")).isEqualTo(FollowThrough.json(reflection.asString()));
            } else {
                assertThat(reflection.statusCode()).isEqualTo(404);
                assertThat(exported.get("reflection").isNull())
                        .as("reflection of %s", id)
                        .isTrue();
            }
        }

        JsonNode first = body.get("rejections").get(3);
        assertThat(first.get("id").asText()).isEqualTo(oldest);
        assertThat(first.get("company").asText()).isEqualTo("Acme Corp");
        assertThat(first.get("status").asText()).isEqualTo("REFLECTED");
        assertThat(first.get("feedback").get("summary").asText()).isEqualTo("More depth on distributed systems.");
        assertThat(first.get("reflection").get("improvementAreas").toString())
                .isEqualTo("[\"PREPARATION\",\"TECHNICAL_DEPTH\"]");
        assertThat(first.get("reflection")
                        .get("answers")
                        .get(0)
                        .get("promptKey")
                        .asText())
                .isEqualTo("let-go.move-on");
        Map<String, String> plan = new LinkedHashMap<>();
        first.get("plan")
                .forEach(step ->
                        plan.put(step.get("action").asText(), step.get("status").asText()));
        assertThat(plan)
                .containsEntry("SEND_THANK_YOU", "DONE")
                .containsEntry("REQUEST_FEEDBACK", "DONE")
                .containsEntry("REFLECT", "DONE")
                .containsEntry("CONNECT", "PENDING");
        assertThat(body.get("rejections").get(0).get("feedback").isNull()).isTrue();
        assertThat(body.get("rejections").get(1).get("reflection").isNull()).isTrue();
    }

    @Test
    void exportsCsvWithAHeaderRowAndOneRowPerRecord() throws IOException {
        Map<String, Object> body =
                record("Plain, Inc.", "2025-01-10", "INTERVIEW", "SKILLS_OR_EXPERIENCE_GAP", "EMAIL");
        body.put("notes", TRICKY_NOTES);
        body.put("tags", List.of("remote", "data"));
        String plain = create(owner, body);
        done(owner, plain, "SEND_THANK_YOU");
        feedback(owner, plain, "Fine.");
        reflection(owner, plain, "PREPARATION");

        Map<String, Object> risky = record(FORMULA_COMPANY, "2025-02-20", "APPLIED", "OTHER", "NO_RESPONSE");
        risky.put("role", "@admin");
        risky.put("reasonDetail", "-2+3");
        risky.put("notes", "+1 555 0100");
        risky.put("tags", List.of("=cmd", "ok"));
        risky.put("contact", Map.of("name", "\tTabbed", "title", "=1+1"));
        String formulas = create(owner, risky);

        for (String accept : List.of("text/csv", "text/csv, application/json;q=0.5", "text/*")) {
            Response response = export(accept);
            response.then().statusCode(200);
            assertThat(normalizedType(response)).as("Accept: %s", accept).isEqualTo("text/csv;charset=utf-8");
            assertThat(response.header("Content-Disposition"))
                    .matches("attachment; filename=\"rebound-export-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        }

        String text = export("text/csv").asString();
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0)).isEqualTo(CsvExport.COLUMNS);
        List<Map<String, String>> records = csvRecords(rows);
        assertThat(records).extracting(row -> row.get("id")).containsExactly(formulas, plain);

        String today = Samples.todayUtc().toString();
        Map<String, String> first = records.get(1);
        JsonNode stored = FollowThrough.json(
                Api.as(owner).when().get("/v1/rejections/" + plain).asString());
        assertThat(first.get("company")).isEqualTo("Plain, Inc.");
        assertThat(first.get("role")).isEqualTo("Engineer at Plain, Inc.");
        assertThat(first.get("stageReached")).isEqualTo("INTERVIEW");
        assertThat(first.get("interviewRound")).isEmpty();
        assertThat(first.get("interviewFormat")).isEqualTo("NONE");
        assertThat(first.get("notifiedVia")).isEqualTo("EMAIL");
        assertThat(first.get("rejectedOn")).isEqualTo("2025-01-10");
        assertThat(first.get("appliedOn")).isEmpty();
        assertThat(first.get("reason")).isEqualTo("SKILLS_OR_EXPERIENCE_GAP");
        assertThat(first.get("contactName")).isEmpty();
        assertThat(first.get("internalCandidate")).isEqualTo("false");
        assertThat(first.get("notes")).isEqualTo(TRICKY_NOTES);
        assertThat(first.get("tags")).isEqualTo("remote; data");
        assertThat(first.get("status")).isEqualTo("REFLECTED");
        assertThat(first.get("plan.SEND_THANK_YOU")).isEqualTo("DONE");
        assertThat(first.get("plan.REQUEST_FEEDBACK")).isEqualTo("DONE");
        assertThat(first.get("plan.REFLECT")).isEqualTo("DONE");
        assertThat(first.get("plan.CONNECT")).isEqualTo("PENDING");
        assertThat(first.get("plan.CHECK_NEW_OPENINGS")).isEqualTo("PENDING");
        assertThat(first.get("plan.REAPPLY_WINDOW_OPENS")).isEqualTo("PENDING");
        assertThat(first.get("feedbackReceivedOn")).isEqualTo(today);
        assertThat(first.get("reflectedOn")).isEqualTo(today);
        assertThat(Instant.parse(first.get("createdAt")))
                .isEqualTo(Instant.parse(stored.get("createdAt").asText()));
        assertThat(Instant.parse(first.get("updatedAt")))
                .isEqualTo(Instant.parse(stored.get("updatedAt").asText()));

        // Cells a spreadsheet would run as formulas come out as text, with a leading apostrophe.
        Map<String, String> risk = records.get(0);
        assertThat(risk.get("company")).isEqualTo("'" + FORMULA_COMPANY);
        assertThat(risk.get("role")).isEqualTo("'@admin");
        assertThat(risk.get("reasonDetail")).isEqualTo("'-2+3");
        assertThat(risk.get("notes")).isEqualTo("'+1 555 0100");
        assertThat(risk.get("tags")).isEqualTo("'=cmd; ok");
        assertThat(risk.get("contactName")).isEqualTo("'\tTabbed");
        assertThat(risk.get("contactTitle")).isEqualTo("'=1+1");
        assertThat(risk.get("status")).isEqualTo("NEW");
        // Ghosted: no feedback request in the plan.
        assertThat(risk.get("plan.REQUEST_FEEDBACK")).isEmpty();
        assertThat(risk.get("plan.SEND_THANK_YOU")).isEqualTo("PENDING");
        assertThat(risk.get("feedbackReceivedOn")).isEmpty();
        assertThat(risk.get("reflectedOn")).isEmpty();
        // No other cell of the file starts a formula.
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t");
            }
        }

        // JSON is data, not a spreadsheet: it keeps the text as it was entered.
        JsonNode json = exportJson("application/json");
        assertThat(json.get("rejections").get(0).get("company").asText()).isEqualTo(FORMULA_COMPANY);
        assertThat(json.get("rejections").get(0).get("notes").asText()).isEqualTo("+1 555 0100");
        assertThat(json.get("rejections").get(1).get("notes").asText()).isEqualTo(TRICKY_NOTES);
    }

    @Test
    void anOwnerWithNothingExportsAnEmptyListOrJustTheHeader() throws IOException {
        create(TestTokens.newOwner(), record("Acme Corp", "2025-02-01", "INTERVIEW", null, "EMAIL"));
        assertThat(exportJson("application/json").get("rejections").size()).isZero();
        Response csv = export("text/csv");
        csv.then().statusCode(200);
        assertThat(parseCsv(csv.asString())).containsExactly(CsvExport.COLUMNS);
    }

    @Test
    void refusesTypesItCannotWrite() {
        export("application/xml").then().statusCode(406);
        export("text/html").then().statusCode(406);
        export("text/csv;q=0").then().statusCode(406);
        export("text/csv;q=0, application/json;q=0").then().statusCode(406);
        export("text/csv;q=0, */*;q=0.1").then().statusCode(200).contentType(containsString("application/json"));
    }

    @Test
    void needsAToken() {
        Api.anonymous().when().get("/v1/export").then().statusCode(401);
    }

    /** What the export order needs to know of a stored record. */
    private record Stored(String id, LocalDate rejectedOn, Instant createdAt) {}

    @Inject
    DataSource dataSource;

    /**
     * Stores {@code count} records straight into the table (the API would take far longer), in groups that
     * share both rejectedOn and createdAt, so that batch boundaries fall inside ties only the id breaks.
     */
    private List<Stored> insertRecords(int count) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO rejection (id, owner_id,"
                        + " company, role, stage_reached, interview_format, notified_via, rejected_on, reason,"
                        + " created_at, updated_at)"
                        + " SELECT gen_random_uuid(), ?, 'Bulk ' || i, 'Engineer', 'APPLIED', 'NONE', 'EMAIL',"
                        + " DATE '2025-04-01' + (i % 3) * 30, 'NOT_GIVEN',"
                        + " TIMESTAMPTZ '2025-07-01 00:00:00Z' + (i % 2) * INTERVAL '1 microsecond',"
                        + " TIMESTAMPTZ '2025-07-01 00:00:00Z'"
                        + " FROM generate_series(1, ?) AS i RETURNING id, rejected_on, created_at");
                PreparedStatement plan = connection.prepareStatement("INSERT INTO plan_step (rejection_id, action,"
                        + " owner_id, position, due) SELECT id, 'SEND_THANK_YOU', owner_id, 0, rejected_on + 1"
                        + " FROM rejection WHERE owner_id = ?")) {
            insert.setString(1, owner);
            insert.setInt(2, count);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    stored.add(new Stored(
                            rows.getString(1),
                            rows.getObject(2, LocalDate.class),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            plan.setString(1, owner);
            assertThat(plan.executeUpdate()).isEqualTo(count);
        }
        return stored;
    }

    @Test
    void exportsManyRecordsInBatchesEachExactlyOnceInOrder() throws SQLException, IOException {
        int count = 450; // more than two batches of ExportResource.BATCH_SIZE
        assertThat(count).isGreaterThan(2 * ExportResource.BATCH_SIZE);
        List<Stored> stored = insertRecords(count);
        assertThat(stored).hasSize(count);
        List<String> expected = stored.stream()
                .sorted(Comparator.comparing(Stored::rejectedOn)
                        .thenComparing(Stored::createdAt)
                        .thenComparing(Stored::id) // lower-case hex compares as PostgreSQL orders uuids
                        .reversed())
                .map(Stored::id)
                .toList();
        // The boundaries of the first batches fall inside groups that tie on rejectedOn and createdAt.
        for (int boundary : List.of(ExportResource.BATCH_SIZE, 2 * ExportResource.BATCH_SIZE)) {
            Stored last = find(stored, expected.get(boundary - 1));
            Stored next = find(stored, expected.get(boundary));
            assertThat(next.rejectedOn()).isEqualTo(last.rejectedOn());
            assertThat(next.createdAt()).isEqualTo(last.createdAt());
        }

        List<String> json = ids(exportJson("application/json"));
        assertThat(json).hasSize(count);
        assertThat(new HashSet<>(json)).hasSize(count);
        assertThat(json).isEqualTo(expected);

        List<Map<String, String>> csv = csvRecords(parseCsv(export("text/csv").asString()));
        assertThat(csv).extracting(row -> row.get("id")).isEqualTo(expected);
        assertThat(csv).extracting(row -> row.get("plan.SEND_THANK_YOU")).containsOnly("PENDING");
    }

    private static Stored find(List<Stored> stored, String id) {
        return stored.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
