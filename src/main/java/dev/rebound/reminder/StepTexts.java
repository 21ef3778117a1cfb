package dev.rebound.reminder;

import dev.rebound.api.model.PlanAction;
import dev.rebound.vocabulary.MessageLocale;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/** What a plan step is called and what to do for it, in the person's language (templates/plan-steps). */
@ApplicationScoped
@RequiredArgsConstructor
public class StepTexts {

    private final Engine engine;

    /** A one-line title such as "Send thank-you note: Senior Data Engineer at Nordlicht Analytics". */
    public String summary(PlanAction action, String role, String company, MessageLocale locale) {
        return render(fragmentId(action), role, company, locale);
    }

    public String description(PlanAction action, String role, String company, MessageLocale locale) {
        return render(fragmentId(action) + "_description", role, company, locale);
    }

    /** What the calendar as a whole is, as calendar apps show it beside its name. */
    public String calendarDescription(MessageLocale locale) {
        return engine.getTemplate("plan-steps/" + locale.tag())
                .getFragment("calendar_description")
                .render()
                .strip();
    }

    private String render(String fragment, String role, String company, MessageLocale locale) {
        Template template = engine.getTemplate("plan-steps/" + locale.tag());
        return template.getFragment(fragment)
                .data(Map.of("role", oneLine(role), "company", oneLine(company)))
                .render()
                .strip();
    }

    private static String fragmentId(PlanAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    /** Names are free text; a calendar title must stay on one line. */
    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
