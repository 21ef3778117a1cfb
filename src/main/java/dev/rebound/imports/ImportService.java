package dev.rebound.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.FeedbackInput;
import dev.rebound.api.input.ReflectionInput;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.ImportResult;
import dev.rebound.api.model.ImportRowStatus;
import dev.rebound.api.model.ImportTotals;
import dev.rebound.api.model.ImportedRow;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.binding.JsonBodies;
import dev.rebound.followup.FeedbackService;
import dev.rebound.followup.ReflectionService;
import dev.rebound.labels.VocabularyCatalog;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.RecordKey;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.StepRules;
import dev.rebound.suggestion.RejectionFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Brings a spreadsheet or a Rebound export into the owner's records. Every row is checked exactly as a create
 * is; a row that repeats a record the owner has (or an earlier row), by company and role without regard to case
 * and the same rejection date, creates nothing. The rest are stored in transactions of {@value #BATCH_SIZE}
 * rows, and an export's plan states, feedback and reflection are restored beside each record, one record at a
 * time, so that one that cannot be restored costs only itself.
 */
@ApplicationScoped
public class ImportService {

    /** The most rows one import takes; more is a 413. */
    public static final int MAX_ROWS = 5000;

    static final int BATCH_SIZE = 500;

    private final RejectionService rejections;
    private final FeedbackService feedback;
    private final ReflectionService reflections;
    private final JsonBodies json;
    private final ObjectMapper mapper;
    private final BusinessMetrics metrics;
    private final VocabularyValues vocabularies;

    public ImportService(
            RejectionService rejections,
            FeedbackService feedback,
            ReflectionService reflections,
            JsonBodies json,
            ObjectMapper mapper,
            BusinessMetrics metrics,
            VocabularyCatalog catalog) {
        this.rejections = rejections;
        this.feedback = feedback;
        this.reflections = reflections;
        this.json = json;
        this.mapper = mapper;
        this.metrics = metrics;
        this.vocabularies = VocabularyValues.of(catalog);
    }

    /** A CSV file: a header row naming the columns, then one row per rejection. */
    public ImportResult fromCsv(String ownerId, LocalDate today, byte[] file, boolean dryRun) {
        CsvTable table = CsvTable.read(file, MAX_ROWS);
        ImportColumns columns = ImportColumns.of(table.header());
        if (!columns.recognised()) {
            throw CsvTable.unreadable("The first row (line 1) names no column Rebound knows, so the file has no"
                    + " header it can read. Name the columns as the import template does, for example company,"
                    + " role, stageReached, notifiedVia and rejectedOn.");
        }
        SpreadsheetRows spreadsheet = new SpreadsheetRows(columns, vocabularies);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = table.rows().get(i);
            if (!CsvTable.blank(cells)) {
                rows.add(ImportRow.of(i + 1, spreadsheet.body(cells)));
            }
        }
        return run(ownerId, today, rows, columns.ignored(), dryRun);
    }

    /** The JSON of {@code GET /v1/export}. */
    public ImportResult fromExport(String ownerId, LocalDate today, byte[] file, boolean dryRun) {
        ExportFile export = ExportFile.read(json.parseObject(file), MAX_ROWS);
        return run(ownerId, today, export.rows(), export.ignored(), dryRun);
    }

    private ImportResult run(
            String ownerId, LocalDate today, List<ImportRow> rows, List<String> ignored, boolean dryRun) {
        Map<ImportRow, ImportedRow> outcomes = new LinkedHashMap<>();
        Map<ImportRow, RejectionInput> valid = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            List<FieldError> errors = row.errors().isEmpty() ? check(row, today, valid) : row.errors();
            if (!errors.isEmpty()) {
                outcomes.put(row, outcome(row, ImportRowStatus.INVALID).errors(answered(errors)));
            }
        }
        List<ImportRow> toStore = new ArrayList<>();
        Set<RecordKey> known = knownKeys(ownerId, valid.values());
        for (Map.Entry<ImportRow, RejectionInput> entry : valid.entrySet()) {
            if (!known.add(key(entry.getValue()))) {
                outcomes.put(entry.getKey(), outcome(entry.getKey(), ImportRowStatus.DUPLICATE));
            } else if (dryRun) {
                outcomes.put(entry.getKey(), outcome(entry.getKey(), ImportRowStatus.VALID));
            } else {
                toStore.add(entry.getKey());
            }
        }
        for (int from = 0; from < toStore.size(); from += BATCH_SIZE) {
            List<ImportRow> batch = toStore.subList(from, Math.min(from + BATCH_SIZE, toStore.size()));
            try {
                outcomes.putAll(QuarkusTransaction.requiringNew().call(() -> store(ownerId, today, batch, valid)));
            } catch (RuntimeException e) {
                if (from == 0) {
                    throw e; // nothing stored: the problem (a 503 when the database is away) says so
                }
                notStored(toStore.subList(from, toStore.size()), outcomes);
                break;
            }
        }
        List<ImportedRow> answered = rows.stream().map(outcomes::get).toList();
        ImportTotals totals = totals(answered);
        if (!dryRun) {
            metrics.importedRows(ImportRowStatus.CREATED, totals.getCreated());
            metrics.importedRows(ImportRowStatus.DUPLICATE, totals.getDuplicate());
            metrics.importedRows(ImportRowStatus.INVALID, totals.getInvalid());
        }
        return new ImportResult().rows(answered).totals(totals).ignoredColumns(ignored);
    }

    /**
     * Stores one batch in the caller's transaction, under the owner's import lock: a row that another import
     * stored meanwhile is a duplicate after all. An export's plan states, feedback and reflection, checked
     * with the rest of the row, are restored beside each record.
     */
    private Map<ImportRow, ImportedRow> store(
            String ownerId, LocalDate today, List<ImportRow> batch, Map<ImportRow, RejectionInput> valid) {
        rejections.lockImports(ownerId);
        Set<RecordKey> stored =
                knownKeys(ownerId, batch.stream().map(valid::get).toList());
        Map<ImportRow, ImportedRow> outcomes = new LinkedHashMap<>();
        List<ImportRow> fresh = new ArrayList<>();
        for (ImportRow row : batch) {
            if (stored.contains(key(valid.get(row)))) {
                outcomes.put(row, outcome(row, ImportRowStatus.DUPLICATE));
            } else {
                fresh.add(row);
            }
        }
        List<UUID> ids =
                rejections.createChecked(ownerId, fresh.stream().map(valid::get).toList());
        EntityTags.Preconditions none = new EntityTags.Preconditions(null, null);
        for (int i = 0; i < fresh.size(); i++) {
            ImportRow row = fresh.get(i);
            UUID id = ids.get(i);
            if (row.plan() != null) {
                rejections.restorePlan(ownerId, id, steps(row.plan()));
            }
            if (row.feedback() != null) {
                feedback.put(ownerId, today, id, only(row.feedback(), FeedbackInput.class), none);
            }
            if (row.reflection() != null) {
                reflections.put(ownerId, today, id, only(row.reflection(), ReflectionInput.class), none);
                LocalDate reflectedOn = reflectedOn(row.reflection());
                if (reflectedOn != null) {
                    reflections.restoreReflectedOn(ownerId, id, reflectedOn);
                }
            }
            outcomes.put(row, outcome(row, ImportRowStatus.CREATED).id(id));
        }
        return outcomes;
    }

    /** Rows left unstored when a batch failed after earlier ones were stored: importing again adds them. */
    private static void notStored(List<ImportRow> rows, Map<ImportRow, ImportedRow> outcomes) {
        FieldError error =
                new FieldError("row", "was not stored: the database failed part way; import the file again to add it");
        rows.forEach(
                row -> outcomes.put(row, outcome(row, ImportRowStatus.INVALID).errors(answered(List.of(error)))));
    }

    private static RecordKey key(RejectionInput input) {
        return RecordKey.of(input.company(), input.role(), input.rejectedOn());
    }

    /** The row's problems, as a create (and a PUT of its feedback or reflection) would name them. */
    private List<FieldError> check(ImportRow row, LocalDate today, Map<ImportRow, RejectionInput> valid) {
        RejectionInput input;
        try {
            input = rejections.validate(today, row.body());
        } catch (ProblemException e) {
            return e.errors().isEmpty() ? List.of(new FieldError("row", e.getMessage())) : e.errors();
        }
        List<FieldError> errors = new ArrayList<>();
        if (row.plan() != null) {
            List<TrackedStep> steps = steps(row.plan());
            if (steps == null) {
                errors.add(new FieldError("plan", "must be a plan as GET /v1/export writes it"));
            } else {
                for (int i = 0; i < steps.size(); i++) {
                    String step = "plan[" + i + "]";
                    StepRules.checkCopy(steps.get(i), input.rejectedOn(), today)
                            .forEach(error -> errors.add(under(step, error)));
                }
            }
        }
        RejectionFacts facts = rejections.factsOf(input);
        if (row.feedback() != null) {
            feedback.problems(only(row.feedback(), FeedbackInput.class), facts, today)
                    .forEach(error -> errors.add(under("feedback", error)));
        }
        if (row.reflection() != null) {
            reflections
                    .problems(only(row.reflection(), ReflectionInput.class), facts, today)
                    .forEach(error -> errors.add(under("reflection", error)));
            JsonNode sent = row.reflection().get("reflectedOn");
            LocalDate reflectedOn = reflectedOn(row.reflection());
            if (sent != null
                    && !sent.isNull()
                    && (reflectedOn == null
                            || reflectedOn.isBefore(input.rejectedOn())
                            || reflectedOn.isAfter(today))) {
                errors.add(new FieldError(
                        "reflection.reflectedOn",
                        "must be a date from rejectedOn (" + input.rejectedOn() + ") to today (" + today + ")"));
            }
        }
        if (errors.isEmpty()) {
            valid.put(row, input);
        }
        return errors;
    }

    private static FieldError under(String part, FieldError error) {
        return new FieldError(error.field().isEmpty() ? part : part + "." + error.field(), error.message());
    }

    private Set<RecordKey> knownKeys(String ownerId, Collection<RejectionInput> inputs) {
        LocalDate first = inputs.stream()
                .map(RejectionInput::rejectedOn)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = inputs.stream()
                .map(RejectionInput::rejectedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        return first == null ? new HashSet<>() : new HashSet<>(rejections.recordKeys(ownerId, first, last));
    }

    /** The day an exported reflection was first saved, or null when it says none that can be read. */
    private static LocalDate reflectedOn(ObjectNode reflection) {
        JsonNode day = reflection.get("reflectedOn");
        if (day == null || !day.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(day.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private List<TrackedStep> steps(JsonNode plan) {
        try {
            return Arrays.asList(mapper.treeToValue(plan, TrackedStep[].class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The members of an exported document that its PUT takes. */
    private static ObjectNode only(ObjectNode exported, Class<? extends Record> input) {
        ObjectNode body = exported.deepCopy();
        Set<String> writable = new HashSet<>();
        for (RecordComponent component : input.getRecordComponents()) {
            writable.add(component.getName());
        }
        body.retain(writable);
        return body;
    }

    private static List<dev.rebound.api.model.FieldError> answered(List<FieldError> errors) {
        return errors.stream()
                .map(error -> new dev.rebound.api.model.FieldError()
                        .field(error.field())
                        .message(error.message()))
                .toList();
    }

    private static ImportedRow outcome(ImportRow row, ImportRowStatus status) {
        return new ImportedRow().row(row.number()).status(status);
    }

    private static ImportTotals totals(List<ImportedRow> rows) {
        Map<ImportRowStatus, Integer> counts = new EnumMap<>(ImportRowStatus.class);
        for (ImportRowStatus status : ImportRowStatus.values()) {
            counts.put(status, 0);
        }
        rows.forEach(row -> counts.merge(row.getStatus(), 1, Integer::sum));
        return new ImportTotals()
                .created(counts.get(ImportRowStatus.CREATED))
                .duplicate(counts.get(ImportRowStatus.DUPLICATE))
                .invalid(counts.get(ImportRowStatus.INVALID))
                .valid(counts.get(ImportRowStatus.VALID));
    }
}
