package dev.rebound.suggestion;

import dev.rebound.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/** The request parts that choose how suggestions are written, shared by every operation that returns them. */
public class SuggestionParams {

    @QueryParam("tone")
    String tone;

    @QueryParam("locale")
    String locale;

    @QueryParam("senderName")
    String senderName;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    List<String> acceptLanguage;

    /** @param nameClaim the token's {@code name}, the signature when no {@code senderName} is given */
    public SuggestionOptions resolve(String nameClaim) {
        String languages = acceptLanguage == null ? null : String.join(",", acceptLanguage);
        return SuggestionOptions.resolve(tone, locale, senderName, languages, nameClaim);
    }

    /**
     * Resolves the options; when they are bad, runs {@code bodyCheck} too, so that one 400 names the bad
     * options and the bad fields of the body together.
     */
    public SuggestionOptions resolve(String nameClaim, Runnable bodyCheck) {
        try {
            return resolve(nameClaim);
        } catch (ProblemException badOptions) {
            throw badOptions.withErrorsOf(bodyCheck);
        }
    }
}
