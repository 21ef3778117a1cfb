package dev.rebound.suggestion;

import dev.rebound.api.model.ConnectionNote;
import dev.rebound.api.model.FeedbackRequest;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PlanStep;
import dev.rebound.api.model.ReflectionPrompt;
import dev.rebound.api.model.Source;
import dev.rebound.api.model.Suggestions;
import dev.rebound.api.model.ThankYouNote;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * Writes a suggestion set: {@link SuggestionRules} decides what to suggest, Qute templates (one per
 * message, language and tone, under {@code templates/}) say it. Values are passed as data, never as
 * template text, so a name like {@code {x}} stays literal.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SuggestionComposer {

    /** LinkedIn's limit for a connection request note on free accounts. */
    public static final int CONNECTION_NOTE_LIMIT = 200;

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
    private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");
    /** A sentence's full stop right after a name that ends in one ("Acme & Co.."), but not an ellipsis. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<=\\p{L}\\.)\\.(?!\\.)");

    private final Engine engine;

    public Suggestions compose(RejectionFacts facts, SuggestionOptions options) {
        FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts);
        List<PlanStep> plan = SuggestionRules.plan(facts, advice);
        Map<String, Object> data = data(facts, options);
        String variant = options.locale().tag() + "/" + options.tone().name().toLowerCase(Locale.ROOT);
        String to = RejectionFacts.hasText(facts.contactEmail())
                ? facts.contactEmail().strip()
                : null;

        Template note = template((facts.ghosted() ? "closing-the-loop/" : "thank-you/") + variant);
        String noteSubject = line(note.getFragment("subject").data(data).render());
        String noteBody = text(note.data(data).render());

        Template feedback = template("feedback-request/" + variant);
        String feedbackSubject = line(feedback.getFragment("subject").data(data).render());
        String feedbackBody = text(feedback.data(data).render());
        String rationale =
                line(template("feedback-rationale/" + options.locale().tag())
                        .getFragment(advice.fragmentId())
                        .data(data)
                        .render());

        Template why = template("why/" + options.locale().tag());
        for (PlanStep step : plan) {
            WhyRules.Why reason = WhyRules.step(step.getAction(), facts, advice);
            step.why(line(why.getFragment(reason.fragmentId()).data(data).render()))
                    .sources(sources(reason));
        }

        Template prompts = template("reflection-prompts/" + options.locale().tag());
        List<ReflectionPrompt> reflection = new ArrayList<>();
        for (PromptKey key : SuggestionRules.prompts(facts)) {
            reflection.add(new ReflectionPrompt()
                    .key(key.key())
                    .category(key.category())
                    .question(line(
                            prompts.getFragment(key.fragmentId()).data(data).render())));
        }

        return new Suggestions()
                .locale(Suggestions.LocaleEnum.fromValue(options.locale().tag()))
                .tone(options.tone())
                .thankYouNote(new ThankYouNote()
                        .to(to)
                        .subject(noteSubject)
                        .body(noteBody)
                        .sendBy(due(plan, PlanAction.SEND_THANK_YOU))
                        .mailto(MailtoLink.of(to, noteSubject, noteBody))
                        .why(why(plan, PlanAction.SEND_THANK_YOU, why, WhyRules.thankYouNote(facts), data))
                        .sources(sources(WhyRules.thankYouNote(facts))))
                .feedbackRequest(new FeedbackRequest()
                        .recommended(advice.recommended())
                        .rationale(rationale)
                        .subject(feedbackSubject)
                        .body(feedbackBody)
                        .sendOn(due(plan, PlanAction.REQUEST_FEEDBACK))
                        .mailto(MailtoLink.of(to, feedbackSubject, feedbackBody))
                        .why(why(plan, PlanAction.REQUEST_FEEDBACK, why, WhyRules.feedbackRequest(advice), data))
                        .sources(sources(WhyRules.feedbackRequest(advice))))
                .connectionNote(new ConnectionNote()
                        .body(connectionNote(template("connection-note/" + variant), data))
                        .why(why(plan, PlanAction.CONNECT, why, WhyRules.connectionNote(), data))
                        .sources(sources(WhyRules.connectionNote())))
                .reflectionPrompts(List.copyOf(reflection))
                .plan(plan);
    }

    /** The step's text when the plan has the step (it was rendered once), else the fragment rendered now. */
    private static String why(
            List<PlanStep> plan, PlanAction action, Template why, WhyRules.Why reason, Map<String, Object> data) {
        return plan.stream()
                .filter(step -> step.getAction() == action)
                .map(PlanStep::getWhy)
                .findFirst()
                .orElseGet(() ->
                        line(why.getFragment(reason.fragmentId()).data(data).render()));
    }

    private static List<Source> sources(WhyRules.Why reason) {
        return reason.sources().stream().map(Evidence::source).toList();
    }

    /** The fullest wording that fits the limit: long company or contact names push it to a shorter one. */
    private static String connectionNote(Template template, Map<String, Object> data) {
        String note = null;
        for (String variant : new String[] {"full", "short", "minimal"}) {
            note = line(template.getFragment(variant).data(data).render());
            if (note.codePointCount(0, note.length()) <= CONNECTION_NOTE_LIMIT) {
                return note;
            }
        }
        return note;
    }

    private static Map<String, Object> data(RejectionFacts facts, SuggestionOptions options) {
        Map<String, Object> data = new HashMap<>();
        data.put("company", oneLine(facts.company()));
        data.put("role", oneLine(facts.role()));
        data.put("contactName", RejectionFacts.hasText(facts.contactName()) ? oneLine(facts.contactName()) : null);
        data.put("senderName", options.senderName() == null ? null : oneLine(options.senderName()));
        data.put("metThem", facts.metThem());
        data.put("internal", facts.internalCandidate());
        return data;
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id); // the engine caches parsed templates by id
        if (template == null) {
            throw new IllegalStateException("Missing message template " + id);
        }
        return template;
    }

    private static LocalDate due(List<PlanStep> plan, PlanAction action) {
        return plan.stream()
                .filter(step -> step.getAction() == action)
                .map(PlanStep::getDue)
                .findFirst()
                .orElse(null);
    }

    /**
     * A name as it should sit inside a sentence: every visible character as given, but runs of spaces,
     * tabs or line breaks (Unicode's too) become one space, and none lead or trail.
     */
    static String oneLine(String value) {
        return WHITESPACE_RUN.matcher(value).replaceAll(" ").strip();
    }

    /** Template output as a message: no trailing spaces, at most one blank line between paragraphs. */
    private static String text(String rendered) {
        String text = rendered.replace("\r\n", "\n");
        // Most templates render clean: the expressions run only where there is something to mend.
        if (text.contains(" \n") || text.contains("\t\n")) {
            text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        }
        if (text.contains("\n\n\n")) {
            text = EXTRA_BLANK_LINES.matcher(text).replaceAll("\n\n");
        }
        return singleStops(text.strip());
    }

    private static String singleStops(String text) {
        return text.contains("..") ? DOUBLE_STOP.matcher(text).replaceAll("") : text;
    }

    /** Template output that must be one line, such as a subject. */
    private static String line(String rendered) {
        String line = singleStops(rendered.strip());
        return line.indexOf('\n') < 0 ? line : LINE_BREAK.matcher(line).replaceAll(" ");
    }
}
