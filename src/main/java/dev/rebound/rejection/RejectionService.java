package dev.rebound.rejection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.input.StepUpdate;
import dev.rebound.api.model.CompanyHistory;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.RejectionPage;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.binding.BodyChecks;
import dev.rebound.binding.JsonBodies;
import dev.rebound.binding.MergePatch;
import dev.rebound.binding.Violations;
import dev.rebound.db.StoredTime;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.suggestion.RejectionFacts;
import dev.rebound.suggestion.SuggestionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/** Creates, reads, lists, changes and deletes one owner's rejections. */
@ApplicationScoped
@RequiredArgsConstructor
public class RejectionService {

    /** Fields a client may see but never write. */
    static final Set<String> READ_ONLY_FIELDS = Set.of("id", "status", "plan", "createdAt", "updatedAt", "version");

    private final RejectionRepository repository;
    private final RejectionReads reads;
    private final IdempotencyKeys idempotencyKeys;
    private final JsonBodies json;
    private final Validator validator;
    private final BodyChecks bodyChecks;
    private final BusinessMetrics metrics;
    private final ReflectionLookup reflections;
    private final Clock clock;

    /**
     * Stores the record with its plan, and says what the owner met at the same company before. No transaction
     * of its own: the one statement that stores it is atomic, and it joins the caller's transaction when there
     * is one (an idempotent create stores its answer in the same transaction).
     */
    public Created create(String ownerId, LocalDate today, ObjectNode body) {
        Rejection created = newRecord(validate(today, body));
        CompanyHistory history = repository.insert(ownerId, created);
        metrics.rejectionRecorded();
        return new Created(created, history);
    }

    /**
     * Stores records whose inputs {@link #validate} returned (and only those: nothing is checked again), as one
     * batch of statements in the caller's transaction. Returns their ids, in order.
     */
    public List<UUID> createChecked(String ownerId, List<RejectionInput> checked) {
        List<Rejection> created = checked.stream().map(this::newRecord).toList();
        repository.insertAll(ownerId, created);
        created.forEach(record -> metrics.rejectionRecorded());
        return created.stream().map(Rejection::getId).toList();
    }

    /** A new record of the checked input, with its plan computed from its rejection date, every step pending. */
    private Rejection newRecord(RejectionInput input) {
        Rejection created = RejectionMapper.newRecord(UUID.randomUUID(), input, StoredTime.now(clock));
        RejectionFacts facts = RejectionMapper.facts(created);
        created.setPlan(SuggestionRules.plan(facts, SuggestionRules.feedbackAdvice(facts)).stream()
                .map(step -> new TrackedStep()
                        .action(step.getAction())
                        .due(step.getDue())
                        .status(StepStatus.PENDING))
                .sorted(RejectionMapper.PLAN_ORDER)
                .toList());
        return created;
    }

    public record Created(Rejection record, CompanyHistory history) {}

    /** Checks a body exactly as {@link #create} would, stores nothing, and returns it with defaults applied. */
    public RejectionInput validate(LocalDate today, ObjectNode body) {
        return RejectionMapper.normalized(validInput(body, body.deepCopy(), null, today));
    }

    public Rejection get(String ownerId, UUID id) {
        return reads.find(ownerId, id).orElseThrow(() -> notFound(id));
    }

    public RejectionPage list(String ownerId, RejectionQuery query) {
        RejectionReads.Page found = reads.page(ownerId, query.filter(), query.page(), query.sort());
        PageRequest page = query.page();
        return new RejectionPage()
                .items(found.items())
                .page(page.page())
                .size(page.size())
                .totalItems(found.totalItems())
                .totalPages(page.pagesFor(found.totalItems()));
    }

    /**
     * Applies an RFC 7396 merge patch; a patch that changes nothing leaves the record and its version alone.
     * The row is locked for the transaction, so concurrent patches apply one after the other and none is lost.
     */
    @Transactional
    public Rejection patch(String ownerId, LocalDate today, UUID id, ObjectNode patch, String ifMatch) {
        RejectionEntity rejection = repository.findOwnedForUpdate(ownerId, id).orElseThrow(() -> notFound(id));
        EntityTags.requireMatch(ifMatch, rejection.version);
        RejectionInput current = RejectionMapper.toInput(rejection);
        ObjectNode merged = (ObjectNode) MergePatch.apply(json.toTree(current), patch);
        RejectionInput changed = RejectionMapper.normalized(validInput(patch, merged, current, today));
        requireBeforeProgress(rejection, changed.rejectedOn());

        if (!changed.equals(current)) {
            if (!changed.rejectedOn().equals(current.rejectedOn())) {
                // Steps still to do move with the rejection date; what is done, skipped or snoozed keeps its dates.
                rejection.plan.stream()
                        .filter(step -> step.status == StepStatus.PENDING)
                        .forEach(step -> step.due = SuggestionRules.dueOn(step.action(), changed.rejectedOn()));
            }
            RejectionMapper.apply(changed, rejection);
            rejection.updatedAt = StoredTime.now(clock);
            repository.flush();
        }
        return RejectionMapper.toView(rejection);
    }

    /** A rejection cannot move to a day after something was already done about it. */
    private static void requireBeforeProgress(RejectionEntity rejection, LocalDate rejectedOn) {
        rejection.plan.stream()
                .filter(step -> step.doneOn != null && step.doneOn.isBefore(rejectedOn))
                .map(step -> step.doneOn)
                .min(LocalDate::compareTo)
                .ifPresent(firstDone -> {
                    throw ProblemException.invalid(
                            "rejectedOn",
                            "must not be after " + firstDone
                                    + ", when a step of its plan was done; reopen that step first");
                });
    }

    /** With {@code If-Match}, the row is locked while its version is compared, so the check cannot go stale. */
    @Transactional
    public void delete(String ownerId, UUID id, String ifMatch) {
        if (ifMatch == null) {
            if (!repository.deleteOwned(ownerId, id)) {
                throw notFound(id);
            }
        } else {
            RejectionEntity rejection =
                    repository.findOwnedForUpdate(ownerId, id).orElseThrow(() -> notFound(id));
            EntityTags.requireMatch(ifMatch, rejection.version);
            repository.delete(rejection);
        }
        // The stored answer to the POST that created it holds the record: it goes too.
        idempotencyKeys.forgetResult(ownerId, id);
    }

    /**
     * Changes one step of the record's plan. The path names an action; one that is not in this record's
     * plan is as unknown as a record that does not exist.
     */
    @Transactional
    public StepChanged changeStep(
            String ownerId, LocalDate today, UUID id, String actionName, ObjectNode body, String ifMatch) {
        RejectionEntity rejection = lockOwned(ownerId, id);
        TrackedStepEntity step = Arrays.stream(PlanAction.values())
                .filter(action -> action.name().equals(actionName))
                .findFirst()
                .flatMap(rejection::step)
                .orElseThrow(() -> ProblemException.notFound("The plan of rejection " + id + " has no step '"
                        + actionName + "'. Its steps are "
                        + rejection.plan.stream()
                                .map(s -> s.action().name())
                                .sorted()
                                .collect(Collectors.joining(", ")) + "."));
        EntityTags.requireMatch(ifMatch, rejection.version);

        BodyChecks.Checked<StepUpdate> checked = bodyChecks.check(body, StepUpdate.class);
        StepUpdate update = checked.add(StepRules.check(checked.value(), rejection.rejectedOn, today))
                .orThrow();
        TrackedStep before = RejectionMapper.toView(step);
        StepRules.apply(update, step, today);
        TrackedStep after = RejectionMapper.toView(step);
        if (!after.equals(before)) {
            progressChanged(rejection, reflections.reflectionSaved(rejection.id));
        }
        if (before.getStatus() != StepStatus.DONE && after.getStatus() == StepStatus.DONE) {
            metrics.planStepDone(step.action());
        }
        return new StepChanged(after, rejection.version);
    }

    public record StepChanged(TrackedStep step, long recordVersion) {}

    /** The next {@code limit} records after {@code after} in newest-first order, for reading them all in batches. */
    public List<Rejection> batchAfter(String ownerId, Rejection after, int limit) {
        return reads.batchAfter(ownerId, after, limit);
    }

    /** Holds the owner's import lock until the transaction ends (see {@link RejectionRepository#lockImports}). */
    public void lockImports(String ownerId) {
        repository.lockImports(ownerId);
    }

    /** The keys of the owner's records rejected within the range (both ends included), to find repeats. */
    public List<RecordKey> recordKeys(String ownerId, LocalDate from, LocalDate to) {
        return reads.keysRejectedBetween(ownerId, from, to);
    }

    /**
     * Gives the record's plan the states of an earlier copy of it (an export being imported): each step of the
     * plan that the copy has takes its status, done date and snooze; steps the plan lacks are left out.
     */
    @Transactional
    public void restorePlan(String ownerId, UUID id, List<TrackedStep> steps) {
        RejectionEntity rejection = lockOwned(ownerId, id);
        for (TrackedStep copy : steps) {
            rejection.step(copy.getAction()).ifPresent(step -> {
                step.status = copy.getStatus();
                step.doneOn = copy.getDoneOn();
                step.snoozedUntil = copy.getSnoozedUntil();
            });
        }
        progressChanged(rejection, reflections.reflectionSaved(id));
    }

    /** What the suggestion engine would know about a record of this checked input, before it is stored. */
    public RejectionFacts factsOf(RejectionInput checked) {
        return RejectionMapper.facts(checked);
    }

    /** What the suggestion engine needs to know about a record locked with {@link #lockOwned}. */
    public RejectionFacts facts(RejectionEntity rejection) {
        return RejectionMapper.facts(RejectionMapper.toView(rejection));
    }

    /**
     * The owner's record, locked until the transaction ends, for changes to its plan, feedback or
     * reflection. Throws the 404 problem when the owner has no such record.
     */
    public RejectionEntity lockOwned(String ownerId, UUID id) {
        return repository.findOwnedForUpdate(ownerId, id).orElseThrow(() -> notFound(id));
    }

    /**
     * Call after changing the plan, feedback or reflection of a locked record: its status is derived
     * again, and its version moves on, since the plan and status are part of what GET returns.
     */
    public void progressChanged(RejectionEntity rejection, boolean reflectionSaved) {
        rejection.status = StepRules.recordStatus(
                rejection.plan.stream().map(step -> step.status).toList(), reflectionSaved);
        rejection.updatedAt = StoredTime.now(clock);
        repository.flush();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No rejection with id " + id + " was found.");
    }

    /**
     * Binds and checks the candidate state (the body on create, the merged record on patch), answering one
     * 400 that names every offending field. Read-only and unknown fields are looked for in what the client
     * sent, since a merge patch would otherwise drop those set to null before anyone saw them.
     */
    private RejectionInput validInput(JsonNode sent, ObjectNode candidate, RejectionInput stored, LocalDate today) {
        Set<FieldError> errors = new LinkedHashSet<>();
        sent.fieldNames().forEachRemaining(name -> {
            if (READ_ONLY_FIELDS.contains(name)) {
                errors.add(new FieldError(name, "is read-only and cannot be set"));
            }
        });
        candidate.remove(READ_ONLY_FIELDS);
        json.unknownMembers(sent, RejectionInput.class).stream()
                .filter(error -> !READ_ONLY_FIELDS.contains(error.field()))
                .forEach(errors::add);

        JsonBodies.Binding<RejectionInput> binding = json.bind(candidate, RejectionInput.class);
        errors.addAll(binding.errors());
        RejectionInput input = binding.value();
        Violations.toFieldErrors(validator.validate(input)).stream()
                .filter(error -> !binding.failed(error.field()))
                .forEach(errors::add);
        RejectionRules.check(input, stored, today).stream()
                .filter(error -> !binding.failed(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
        return input;
    }
}
