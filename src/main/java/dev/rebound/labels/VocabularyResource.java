package dev.rebound.labels;

import dev.rebound.binding.LanguageParams;
import dev.rebound.vocabulary.MessageLocale;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * The labels front ends build forms and filters from. They hold nothing personal and are needed before
 * anyone signs in, so no token is needed (one that is sent is not looked at). This is the one /v1 answer
 * that may be cached, by browsers and shared caches alike.
 */
@Path("/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class VocabularyResource {

    /** A day: labels change only with a release, and a changed label has a new ETag. */
    static final String CACHE_CONTROL = "public, max-age=86400";
    /**
     * The language follows Accept-Language when {@code locale} is absent, and the CORS filter echoes the
     * request's Origin, so a shared cache must keep one copy per language and per origin.
     */
    static final String VARY = "Accept-Language, Origin";

    private final VocabularyCatalog catalog;

    @GET
    public Response vocabularies(
            @BeanParam LanguageParams language, @HeaderParam(HttpHeaders.IF_NONE_MATCH) List<String> ifNoneMatch) {
        MessageLocale locale = language.resolve();
        VocabularyCatalog.Localized localized = catalog.in(locale);
        Response.ResponseBuilder answer = localized.matches(ifNoneMatch)
                ? Response.notModified()
                : Response.ok(localized.answer()).header(HttpHeaders.CONTENT_LANGUAGE, locale.tag());
        return answer.header(HttpHeaders.ETAG, localized.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY)
                .build();
    }
}
