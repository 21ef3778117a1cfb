package dev.rebound.suggestion;

import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/** The request parts that choose the language of texts Rebound writes: {@code locale}, then Accept-Language. */
public class LanguageParams {

    @QueryParam("locale")
    String locale;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    List<String> acceptLanguage;

    /** The chosen language; a bad {@code locale} is a 400 naming it. */
    public MessageLocale resolve() {
        List<FieldError> errors = new ArrayList<>();
        MessageLocale chosen =
                MessageLocale.choose(locale, acceptLanguage == null ? null : String.join(",", acceptLanguage), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return chosen;
    }
}
