package dev.rebound.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rebound.api.ExportedRejection;
import dev.rebound.api.model.Contact;
import dev.rebound.api.model.Feedback;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.Reflection;
import dev.rebound.api.model.ReflectionAnswer;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.TrackedStep;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+2",
                "=HYPERLINK(\"http://x\")",
                "+1 555 0100",
                "-5",
                "-",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "\n=1+1",
                "=",
                "+"
            })
    void cellsThatWouldRunAsFormulasGetALeadingApostrophe(String cell) {
        assertThat(CsvExport.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Acme",
                "a=b",
                "1+1",
                "'=already text",
                "2025-01-10",
                "x-y",
                "name@example.com",
                "Plain, Inc.",
                "line\n=two"
            })
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertThat(CsvExport.neutralised(cell)).isEqualTo(cell);
    }

    @Test
    void columnsAreTheRecordThenOnePerPlanActionThenDates() {
        assertThat(CsvExport.COLUMNS).startsWith("id", "company", "role", "stageReached");
        assertThat(CsvExport.COLUMNS).endsWith("feedbackReceivedOn", "reflectedOn", "createdAt", "updatedAt");
        for (PlanAction action : PlanAction.values()) {
            assertThat(CsvExport.COLUMNS).contains("plan." + action.name());
        }
        assertThat(CsvExport.COLUMNS).doesNotHaveDuplicates();
    }

    @Test
    void writesAHeaderAndOneRowThatReadsBack() throws IOException {
        UUID id = UUID.fromString("0b3f7c0e-1d2a-4c5b-8e9f-0a1b2c3d4e5f");
        Instant created = Instant.parse("2025-03-02T10:15:30.123456Z");
        Instant updated = Instant.parse("2025-03-09T08:00:00Z");
        Rejection record = new Rejection()
                .id(id)
                .company("=HYPERLINK(\"http://x\")")
                .role("Data \"Platform\" Engineer")
                .stageReached(StageReached.FINAL_INTERVIEW)
                .interviewRound(3)
                .interviewFormat(InterviewFormat.VIDEO)
                .notifiedVia(NotifiedVia.EMAIL)
                .rejectedOn(LocalDate.of(2025, 3, 1))
                .appliedOn(LocalDate.of(2025, 1, 20))
                .reason(RejectionReason.PREFERRED_ANOTHER_CANDIDATE)
                .reasonDetail("-they, \"sadly\", chose another")
                .contact(new Contact().name("María José Peña").title("@Lead").email("mj@example.com"))
                .internalCandidate(true)
                .jobPostingUrl("https://jobs.example.com/1?a=b,c")
                .selfAssessment(4)
                .notes("+1 555 0100\nline two, with comma")
                .tags(new LinkedHashSet<>(List.of("remote", "data")))
                .status(RecordStatus.REFLECTED)
                .plan(List.of(
                        new TrackedStep()
                                .action(PlanAction.SEND_THANK_YOU)
                                .due(LocalDate.of(2025, 3, 3))
                                .status(StepStatus.DONE)
                                .doneOn(LocalDate.of(2025, 3, 2))
                                .snoozedUntil(null),
                        new TrackedStep()
                                .action(PlanAction.REFLECT)
                                .due(LocalDate.of(2025, 3, 8))
                                .status(StepStatus.DONE)
                                .doneOn(LocalDate.of(2025, 3, 9))
                                .snoozedUntil(null),
                        new TrackedStep()
                                .action(PlanAction.CONNECT)
                                .due(LocalDate.of(2025, 3, 3))
                                .status(StepStatus.SKIPPED)
                                .doneOn(null)
                                .snoozedUntil(null),
                        new TrackedStep()
                                .action(PlanAction.CHECK_NEW_OPENINGS)
                                .due(LocalDate.of(2025, 6, 1))
                                .status(StepStatus.SNOOZED)
                                .doneOn(null)
                                .snoozedUntil(LocalDate.of(2025, 7, 1)),
                        new TrackedStep()
                                .action(PlanAction.REAPPLY_WINDOW_OPENS)
                                .due(LocalDate.of(2025, 9, 1))
                                .status(StepStatus.PENDING)
                                .doneOn(null)
                                .snoozedUntil(null)))
                .createdAt(created)
                .updatedAt(updated)
                .version(7L);
        Feedback feedback = new Feedback()
                .receivedOn(LocalDate.of(2025, 3, 5))
                .summary("Good")
                .points(List.of("a"))
                .createdAt(created)
                .updatedAt(updated)
                .version(0L);
        Reflection reflection = new Reflection()
                .answers(List.of(
                        new ReflectionAnswer().promptKey("let-go.move-on").answer("ok")))
                .lessons(null)
                .improvementAreas(Set.of(ImprovementArea.PREPARATION))
                .lettingGo(true)
                .reflectedOn(LocalDate.of(2025, 3, 9))
                .createdAt(created)
                .updatedAt(updated)
                .version(0L);

        StringWriter out = new StringWriter();
        try (CsvExport csv = new CsvExport(out)) {
            csv.write(new ExportedRejection(record, feedback, reflection));
        }

        List<List<String>> rows;
        try (MappingIterator<List<String>> read = new CsvMapper()
                .readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(out.toString())) {
            rows = read.readAll();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(CsvExport.COLUMNS);
        assertThat(rows.get(1))
                .containsExactly(
                        id.toString(),
                        "'=HYPERLINK(\"http://x\")",
                        "Data \"Platform\" Engineer",
                        "FINAL_INTERVIEW",
                        "3",
                        "VIDEO",
                        "EMAIL",
                        "2025-03-01",
                        "2025-01-20",
                        "PREFERRED_ANOTHER_CANDIDATE",
                        "'-they, \"sadly\", chose another",
                        "María José Peña",
                        "'@Lead",
                        "mj@example.com",
                        "true",
                        "https://jobs.example.com/1?a=b,c",
                        "4",
                        "'+1 555 0100\nline two, with comma",
                        "remote; data",
                        "REFLECTED",
                        // plan, in PlanAction order: REQUEST_FEEDBACK is not in this plan
                        "DONE",
                        "",
                        "DONE",
                        "SKIPPED",
                        "SNOOZED",
                        "PENDING",
                        "2025-03-05",
                        "2025-03-09",
                        "2025-03-02T10:15:30.123456Z",
                        "2025-03-09T08:00:00Z");
    }

    @Test
    void aRecordWithoutContactFeedbackOrReflectionHasEmptyCells() throws IOException {
        Rejection record = new Rejection()
                .id(UUID.randomUUID())
                .company("Acme")
                .role("Dev")
                .stageReached(StageReached.APPLIED)
                .interviewRound(null)
                .interviewFormat(InterviewFormat.NONE)
                .notifiedVia(NotifiedVia.NO_RESPONSE)
                .rejectedOn(LocalDate.of(2025, 1, 2))
                .appliedOn(null)
                .reason(RejectionReason.NOT_GIVEN)
                .reasonDetail(null)
                .contact(null)
                .internalCandidate(false)
                .jobPostingUrl(null)
                .selfAssessment(null)
                .notes(null)
                .tags(Set.of())
                .status(RecordStatus.NEW)
                .plan(List.of())
                .createdAt(Instant.parse("2025-01-02T00:00:00Z"))
                .updatedAt(Instant.parse("2025-01-02T00:00:00Z"))
                .version(0L);
        StringWriter out = new StringWriter();
        try (CsvExport csv = new CsvExport(out)) {
            csv.write(new ExportedRejection(record, null, null));
            csv.write(new ExportedRejection(record, null, null));
        }
        List<List<String>> rows;
        try (MappingIterator<List<String>> read = new CsvMapper()
                .readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(out.toString())) {
            rows = read.readAll();
        }
        assertThat(rows).hasSize(3);
        List<String> row = rows.get(1);
        assertThat(row).hasSameSizeAs(CsvExport.COLUMNS);
        assertThat(row.get(CsvExport.COLUMNS.indexOf("contactName"))).isEmpty();
        assertThat(row.get(CsvExport.COLUMNS.indexOf("tags"))).isEmpty();
        assertThat(row.get(CsvExport.COLUMNS.indexOf("plan.SEND_THANK_YOU"))).isEmpty();
        assertThat(row.get(CsvExport.COLUMNS.indexOf("feedbackReceivedOn"))).isEmpty();
        assertThat(row.get(CsvExport.COLUMNS.indexOf("reflectedOn"))).isEmpty();
        assertThat(row.get(CsvExport.COLUMNS.indexOf("internalCandidate"))).isEqualTo("false");
        assertThat(rows.get(2)).isEqualTo(row);
    }
}
