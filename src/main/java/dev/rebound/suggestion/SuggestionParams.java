package dev.rebound.suggestion;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

/** The request parts that choose how suggestions are written, shared by every operation that returns them. */
public class SuggestionParams {

    @QueryParam("tone")
    String tone;

    @QueryParam("locale")
    String locale;

    @QueryParam("senderName")
    String senderName;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    /** @param nameClaim the token's {@code name}, the signature when no {@code senderName} is given */
    public SuggestionOptions resolve(String nameClaim) {
        return SuggestionOptions.resolve(tone, locale, senderName, acceptLanguage, nameClaim);
    }
}
