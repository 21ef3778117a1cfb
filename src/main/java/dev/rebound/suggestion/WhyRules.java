package dev.rebound.suggestion;

import dev.rebound.api.model.PlanAction;
import java.util.List;

/**
 * Which {@code why} text goes with each message and plan step, and what it cites. The texts are the fragments of
 * {@code templates/why/<locale>}; a text that makes a factual claim cites the evidence for it, one that only
 * reasons practically cites nothing.
 */
public final class WhyRules {

    /** A {@code why} fragment and the evidence its claims rest on. */
    public record Why(String fragmentId, List<Evidence> sources) {}

    private static final Why THANK_YOU = new Why("thank_you", List.of(Evidence.THANK_YOU_NOTES));
    // The survey speaks of thanks after an interview: thanks for considering an application, and a note closing
    // the loop on silence, claim nothing from it.
    private static final Why THANK_YOU_FOR_CONSIDERING = new Why("thank_you_for_considering", List.of());
    private static final Why CLOSING_THE_LOOP = new Why("closing_the_loop", List.of());
    private static final Why FEEDBACK_RECOMMENDED = new Why("feedback_recommended", List.of(Evidence.FEEDBACK_IS_RARE));
    private static final Why FEEDBACK_NOT_RECOMMENDED =
            new Why("feedback_not_recommended", List.of(Evidence.FEEDBACK_IS_RARE));
    private static final Why CONNECTION = new Why("connection", List.of());
    private static final Why REFLECT =
            new Why("reflect", List.of(Evidence.EXPRESSIVE_WRITING, Evidence.LEARNING_GOALS));
    private static final Why CHECK_NEW_OPENINGS = new Why("check_new_openings", List.of(Evidence.PLAN_MAKING));
    private static final Why REAPPLY_WINDOW_OPENS = new Why("reapply_window_opens", List.of());

    private WhyRules() {}

    public static Why thankYouNote(RejectionFacts facts) {
        if (facts.ghosted()) {
            return CLOSING_THE_LOOP;
        }
        return facts.metThem() ? THANK_YOU : THANK_YOU_FOR_CONSIDERING;
    }

    public static Why feedbackRequest(FeedbackAdvice advice) {
        return advice.recommended() ? FEEDBACK_RECOMMENDED : FEEDBACK_NOT_RECOMMENDED;
    }

    public static Why connectionNote() {
        return CONNECTION;
    }

    /** A step says why as its message does; the steps without a message have their own text. */
    public static Why step(PlanAction action, RejectionFacts facts, FeedbackAdvice advice) {
        return switch (action) {
            case SEND_THANK_YOU -> thankYouNote(facts);
            case REQUEST_FEEDBACK -> feedbackRequest(advice);
            case CONNECT -> CONNECTION;
            case REFLECT -> REFLECT;
            case CHECK_NEW_OPENINGS -> CHECK_NEW_OPENINGS;
            case REAPPLY_WINDOW_OPENS -> REAPPLY_WINDOW_OPENS;
        };
    }
}
