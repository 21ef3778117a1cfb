package dev.rebound.account;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rebound.api.ExportedRejection;
import dev.rebound.api.model.Contact;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.TrackedStep;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Writes an export as CSV (RFC 4180): a header row, then one row per rejection with its plan statuses. */
public final class CsvExport implements AutoCloseable {

    static final List<String> COLUMNS = columns();
    private static final CsvMapper CSV = new CsvMapper();

    private final SequenceWriter rows;

    public CsvExport(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        this.rows = CSV.writerFor(String[].class).with(schema.build()).writeValues(out);
    }

    public void write(ExportedRejection exported) throws IOException {
        Rejection record = exported.rejection();
        Contact contact = record.getContact();
        List<String> row = new ArrayList<>(List.of(
                text(record.getId()),
                text(record.getCompany()),
                text(record.getRole()),
                text(record.getStageReached()),
                text(record.getInterviewRound()),
                text(record.getInterviewFormat()),
                text(record.getNotifiedVia()),
                text(record.getRejectedOn()),
                text(record.getAppliedOn()),
                text(record.getReason()),
                text(record.getReasonDetail()),
                text(contact == null ? null : contact.getName()),
                text(contact == null ? null : contact.getTitle()),
                text(contact == null ? null : contact.getEmail()),
                text(record.getInternalCandidate()),
                text(record.getJobPostingUrl()),
                text(record.getSelfAssessment()),
                text(record.getNotes()),
                String.join("; ", record.getTags()),
                text(record.getStatus())));
        for (PlanAction action : PlanAction.values()) {
            row.add(record.getPlan().stream()
                    .filter(step -> step.getAction() == action)
                    .findFirst()
                    .map(TrackedStep::getStatus)
                    .map(Enum::name)
                    .orElse(""));
        }
        row.add(text(exported.feedback() == null ? null : exported.feedback().getReceivedOn()));
        row.add(text(
                exported.reflection() == null ? null : exported.reflection().getReflectedOn()));
        row.add(text(record.getCreatedAt()));
        row.add(text(record.getUpdatedAt()));
        rows.write(row.stream().map(CsvExport::neutralised).toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /**
     * A cell that a spreadsheet would run as a formula (OWASP CSV injection) gets a leading apostrophe,
     * which spreadsheets show as text and never evaluate.
     */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String text(Object value) {
        return value == null ? "" : (value instanceof Enum<?> e ? e.name() : Objects.toString(value));
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Arrays.asList(
                "id",
                "company",
                "role",
                "stageReached",
                "interviewRound",
                "interviewFormat",
                "notifiedVia",
                "rejectedOn",
                "appliedOn",
                "reason",
                "reasonDetail",
                "contactName",
                "contactTitle",
                "contactEmail",
                "internalCandidate",
                "jobPostingUrl",
                "selfAssessment",
                "notes",
                "tags",
                "status"));
        for (PlanAction action : PlanAction.values()) {
            columns.add("plan." + action.name());
        }
        columns.addAll(List.of("feedbackReceivedOn", "reflectedOn", "createdAt", "updatedAt"));
        return List.copyOf(columns);
    }
}
