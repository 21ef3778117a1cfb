package dev.rebound.suggestion;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PlanStep;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The choices behind a suggestion set: whether to ask for feedback, which reflection prompts fit the
 * situation, and when each step of the plan is due. Plain Java, so every rule is unit-testable.
 */
public final class SuggestionRules {

    private SuggestionRules() {}

    /** The first rule that matches wins. */
    public static FeedbackAdvice feedbackAdvice(RejectionFacts facts) {
        if (facts.ghosted()) {
            return FeedbackAdvice.GHOSTED;
        }
        if (facts.stageReached() == StageReached.APPLIED && facts.reason() == RejectionReason.AUTOMATED_SCREENING) {
            return FeedbackAdvice.SCREENED_OUT_AUTOMATICALLY;
        }
        if (facts.stageReached().compareTo(StageReached.SCREENING) >= 0) {
            return FeedbackAdvice.SPOKE_WITH_THEM;
        }
        if (facts.hasContact()) {
            return FeedbackAdvice.HAS_CONTACT;
        }
        return FeedbackAdvice.NOBODY_TO_ASK;
    }

    /** The prompts that fit this rejection, in the order to ask them; always ending with letting go. */
    public static List<PromptKey> prompts(RejectionFacts facts) {
        StageReached stage = facts.stageReached();
        boolean screenedOrLater = stage.compareTo(StageReached.SCREENING) >= 0;
        boolean interviewedOrLater = stage.compareTo(StageReached.INTERVIEW) >= 0;
        List<PromptKey> prompts = new ArrayList<>();
        if (screenedOrLater) {
            prompts.add(PromptKey.RESEARCH);
        }
        if (stage == StageReached.ASSESSMENT) {
            prompts.add(PromptKey.ASSESSMENT);
        }
        if (screenedOrLater) {
            prompts.add(PromptKey.STUMBLED);
        }
        if (interviewedOrLater) {
            prompts.add(PromptKey.EXAMPLES);
        }
        if (screenedOrLater) {
            prompts.add(PromptKey.WRITTEN_NOTES);
        }
        if (facts.selfAssessment() != null && facts.selfAssessment() >= 4) {
            prompts.add(PromptKey.FELT_WELL);
        }
        switch (facts.interviewFormat()) {
            case IN_PERSON -> prompts.add(PromptKey.PRESENCE_IN_PERSON);
            case VIDEO -> prompts.add(PromptKey.PRESENCE_ON_CAMERA);
            case PHONE -> prompts.add(PromptKey.VOICE_AND_PACE);
            case NONE -> {}
        }
        if (facts.interviewFormat() != InterviewFormat.NONE) {
            prompts.add(PromptKey.LOST_INTEREST);
        }
        if (interviewedOrLater) {
            prompts.add(PromptKey.ROLE_MATCH);
        }
        if (facts.reason() == RejectionReason.COMPENSATION_MISMATCH) {
            prompts.add(PromptKey.COMPENSATION);
        }
        if (facts.internalCandidate()) {
            prompts.add(PromptKey.HIRING_MANAGER);
            prompts.add(PromptKey.OWN_MANAGER);
        }
        if (stage == StageReached.APPLIED) {
            prompts.add(PromptKey.RESUME);
            prompts.add(PromptKey.POSTING_MATCH);
        }
        // Practice to learn from, not a verdict: the learning-goal framing that helps people back into work.
        prompts.add(PromptKey.LEARNING_GOAL);
        prompts.add(PromptKey.LET_GO);
        return List.copyOf(prompts);
    }

    /**
     * The dated plan, soonest first (same-day steps in their canonical order). Dates count from the
     * rejection, never from today: a late entry shows steps already due.
     */
    public static List<PlanStep> plan(RejectionFacts facts, FeedbackAdvice advice) {
        List<PlanStep> plan = new ArrayList<>();
        for (PlanAction action : PlanAction.values()) {
            if (action != PlanAction.REQUEST_FEEDBACK || advice.recommended()) {
                plan.add(new PlanStep().action(action).due(dueOn(action, facts.rejectedOn())));
            }
        }
        plan.sort(Comparator.comparing(PlanStep::getDue).thenComparing(PlanStep::getAction));
        return List.copyOf(plan);
    }

    /** When a step of the plan is due for a rejection on {@code rejectedOn}. */
    public static LocalDate dueOn(PlanAction action, LocalDate rejectedOn) {
        return switch (action) {
            case SEND_THANK_YOU, CONNECT -> nextBusinessDay(rejectedOn);
            case REQUEST_FEEDBACK -> nextBusinessDay(nextBusinessDay(rejectedOn));
            case REFLECT -> rejectedOn.plusDays(7);
            case CHECK_NEW_OPENINGS -> rejectedOn.plusMonths(3);
            case REAPPLY_WINDOW_OPENS -> rejectedOn.plusMonths(6);
        };
    }

    /** The first Monday-to-Friday day after {@code date}; there is no holiday calendar. */
    public static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
