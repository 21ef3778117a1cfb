package dev.rebound.binding;

import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.vocabulary.MessageLocale;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The request parts that choose the language of texts Rebound writes: {@code locale}, then Accept-Language. */
public class LanguageParams {

    @QueryParam("locale")
    String locale;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    List<String> acceptLanguage;

    /** The chosen language; a bad {@code locale} is a 400 naming it. */
    public MessageLocale resolve() {
        List<FieldError> errors = new ArrayList<>();
        MessageLocale chosen = choose(locale, acceptLanguage == null ? null : String.join(",", acceptLanguage), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return chosen;
    }

    /**
     * The language a request asks for: the {@code locale} parameter when given (a bad one is added to
     * {@code errors}), else the best match for {@code Accept-Language}, else English.
     */
    public static MessageLocale choose(String locale, String acceptLanguage, List<FieldError> errors) {
        if (locale != null && !locale.isEmpty()) {
            Optional<MessageLocale> chosen = MessageLocale.forTag(locale);
            if (chosen.isEmpty()) {
                errors.add(new FieldError(
                        "locale",
                        "must be a BCP 47 language tag in a supported language (" + MessageLocale.supportedTags()
                                + "), such as es-MX"));
            }
            return chosen.orElse(null);
        }
        return MessageLocale.fromAcceptLanguage(acceptLanguage).orElse(MessageLocale.EN);
    }
}
