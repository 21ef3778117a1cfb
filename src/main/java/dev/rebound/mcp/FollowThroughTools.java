package dev.rebound.mcp;

import dev.rebound.api.model.Insights;
import dev.rebound.binding.LanguageParams;
import dev.rebound.config.ReboundSettings;
import dev.rebound.drafts.DraftService;
import dev.rebound.followup.AttachedDocumentService;
import dev.rebound.followup.FeedbackService;
import dev.rebound.followup.ReflectionService;
import dev.rebound.insight.InsightQuery;
import dev.rebound.insight.InsightService;
import dev.rebound.insight.Observations;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.RejectionService;
import dev.rebound.reminder.ReminderQuery;
import dev.rebound.reminder.ReminderReads;
import dev.rebound.security.CurrentOwner;
import dev.rebound.vocabulary.MessageLocale;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/**
 * The tools for what a person does after recording a rejection (the plan, feedback, reflection), and for the
 * reminders, insights and e-mail drafts: each a call into the service behind the REST operation.
 */
@ApplicationScoped
@RequiredArgsConstructor
class FollowThroughTools {

    private static final Set<String> STEP_CONTROLS = Set.of("id", "action", "version");
    private static final Set<String> DOCUMENT_CONTROLS = Set.of("id", "version");
    private static final Set<String> REMINDER_FILTERS = Set.of("dueBefore", "page", "size");
    private static final Set<String> INSIGHT_RANGE = Set.of("from", "to");

    private final RejectionService rejections;
    private final FeedbackService feedback;
    private final ReflectionService reflections;
    private final ReminderReads reminders;
    private final InsightService insights;
    private final Observations observations;
    private final DraftService drafts;
    private final CurrentOwner owner;
    private final ReboundSettings settings;

    List<ReboundTool> tools(ToolSchemas schemas) {
        return List.of(
                new ReboundTool(
                        "update_plan_step",
                        "Update a plan step",
                        """
                        Records what the person did with one step of a rejection's plan: DONE (with doneOn, \
                        today when left out), SKIPPED, SNOOZED until snoozedUntil, or back to PENDING. The \
                        actions a record's plan holds are in its plan (get_rejection).""",
                        schemas.object()
                                .property("id", RecordTools.idSchema())
                                .reference("action", "PlanAction", "The step to change; one of the record's plan.")
                                .propertiesOf("StepUpdate")
                                .property("version", RecordTools.versionSchema())
                                .require("id", "action")
                                .toMap(),
                        schemas.resultOrProblem("TrackedStep"),
                        ReboundTool.Effect.UPDATES,
                        arguments -> rejections
                                .changeStep(
                                        owner.id(),
                                        owner.today(),
                                        arguments.id(),
                                        arguments.requiredText("action"),
                                        arguments.body(STEP_CONTROLS),
                                        arguments.ifMatch(settings.requireIfMatch()))
                                .step()),
                new ReboundTool(
                        "record_feedback",
                        "Record employer feedback",
                        """
                        Saves what the employer answered to a feedback request, replacing any feedback saved \
                        for the rejection before: a summary in the person's words and the points made, each \
                        with the area it concerns.""",
                        documentSchema(schemas, "FeedbackInput"),
                        schemas.resultOrProblem("Feedback"),
                        ReboundTool.Effect.UPDATES,
                        arguments -> put(feedback, arguments)),
                new ReboundTool(
                        "save_reflection",
                        "Save a reflection",
                        """
                        Saves the person's reflection on a rejection, replacing the one saved before: answers \
                        to the reflection prompts (by their key), lessons, areas to improve, and whether they \
                        have let it go. Write only what the person said.""",
                        documentSchema(schemas, "ReflectionInput"),
                        schemas.resultOrProblem("Reflection"),
                        ReboundTool.Effect.UPDATES,
                        arguments -> put(reflections, arguments)),
                new ReboundTool(
                        "list_reminders",
                        "List reminders",
                        """
                        Lists the plan steps that need the person's attention, soonest first, across all their \
                        rejections: pending steps due before dueBefore (a week from today when left out), \
                        and snoozed steps whose snooze has ended.""",
                        schemas.object()
                                .queryOf("get", "/v1/reminders", Set.of())
                                .toMap(),
                        schemas.resultOrProblem("ReminderPage"),
                        ReboundTool.Effect.READS,
                        arguments -> {
                            arguments.requireOnly(REMINDER_FILTERS);
                            LocalDate today = owner.today();
                            ReminderQuery query = ReminderQuery.parse(arguments.query(REMINDER_FILTERS), today);
                            return reminders.list(owner.id(), query, today);
                        }),
                new ReboundTool(
                        "get_insights",
                        "Get insights",
                        """
                        Shows the patterns across the person's rejections (stages reached, reasons, channels, \
                        repeat companies, how often they followed through) with observations written in the \
                        language asked for. Optionally for a date range.""",
                        schemas.object()
                                .queryOf("get", "/v1/insights", Set.of())
                                .toMap(),
                        schemas.resultOrProblem("Insights"),
                        ReboundTool.Effect.READS,
                        this::insights),
                new ReboundTool(
                        "draft_from_email",
                        "Draft a record from an e-mail",
                        """
                        Reads a rejection e-mail the person pasted and returns a draft record (company, role, \
                        stage, dates, reason), with what could not be read; nothing is saved. Show the draft, \
                        let the person correct it, then call record_rejection with its body.""",
                        schemas.object().propertiesOf("RejectionDraftRequest").toMap(),
                        schemas.resultOrProblem("RejectionDraft"),
                        ReboundTool.Effect.READS,
                        arguments -> {
                            owner.id();
                            return drafts.fromPaste(arguments.body(Set.of()), owner.today(), owner.zone());
                        }));
    }

    private static Map<String, Object> documentSchema(ToolSchemas schemas, String component) {
        return schemas.object()
                .property("id", RecordTools.idSchema())
                .propertiesOf(component)
                .property(
                        "version",
                        Map.of(
                                "type",
                                "integer",
                                "minimum",
                                0,
                                "description",
                                "The saved document's version as last read; the change is refused if it has changed"
                                        + " since."))
                .require("id")
                .toMap();
    }

    /**
     * Saves a document beside a record. With {@code rebound.require-if-match}, a call without a version may only
     * create one (as {@code If-None-Match: *} on /v1), so that no agent overwrites what it never read.
     */
    private Object put(AttachedDocumentService<?, ?, ?> service, ToolArguments arguments) {
        String ifMatch = arguments.ifMatch(false);
        String ifNoneMatch = ifMatch == null && settings.requireIfMatch() ? "*" : null;
        return service.put(
                        owner.id(),
                        owner.today(),
                        arguments.id(),
                        arguments.body(DOCUMENT_CONTROLS),
                        new EntityTags.Preconditions(ifMatch, ifNoneMatch))
                .view();
    }

    private Insights insights(ToolArguments arguments) {
        arguments.requireOnly(Set.of("from", "to", "locale"));
        List<FieldError> errors = new ArrayList<>();
        MessageLocale locale = LanguageParams.choose(arguments.text("locale"), null, errors);
        Map<String, List<String>> range = arguments.query(INSIGHT_RANGE);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors).withErrorsOf(() -> InsightQuery.parse(range));
        }
        Insights numbers = insights.compute(owner.id(), InsightQuery.parse(range));
        return observations.addTo(numbers, locale);
    }
}
